"""Grammatical gender of common given names, for "he"/"she" when an article states neither a
title (Mr, Ms) nor a pronoun near the name.

Why a small hand-written list: the resolver needs one cue to choose between two people of
different gender ("Chiara Monti met Paolo Greco. He said ..."); the maintained name-gender
packages on PyPI are GPL (gender-guesser) or a large database for this one cue (names-dataset).
These are common given names from many regions, written for this project; a name on
neither list, or one used for both genders (Andrea, Jean, Yuki, Sasha), tells nothing.
"""

from __future__ import annotations

import re

FEMALE = frozenset("""
tessa jen
marisol elvira akosua zanele wanjiku priyanka
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
christina lauren joan evelyn judith megan cheryl hannah martha gloria teresa sara madison frances kathryn
janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
diana natalie brittany charlotte marie kayla alexis lori claire eleanor fiona siobhan aoife niamh sinead
bridget maeve harriet imogen philippa penelope rosalind gwen bethany chloe lucy ellie amelia isla ava mia
carmen rosa lucia lucía ana sofia sofía valentina camila isabel paula elena pilar dolores mercedes beatriz
inés ines rocío rocio alejandra gabriela fernanda daniela mariana adriana patricia luisa juana ximena
francisca graça graca conceição joana leonor mariana giulia francesca chiara alessia federica giovanna
paola silvia elisa martina serena valeria roberta simona antonella ilaria marta anne sophie camille
léa lea manon chloé juliette élodie elodie isabelle nathalie sylvie céline celine amélie amelie brigitte
mathilde margaux aurélie aurelie claudia ursula ingrid greta heike sabine petra birgit monika katrin
anke ulrike annika lena lina leonie hanna johanna frieda astrid ingrid sigrid solveig liv marit
ingvild siri karin birgitta kerstin malin elin freja mette pernille helle tove olga tatiana tatyana
natalia natalya svetlana irina elena yelena ekaterina yekaterina anastasia oksana yulia yuliya ludmila
lyudmila galina nadezhda vera marina alina daria darya ksenia polina ewa agnieszka katarzyna malgorzata
małgorzata magdalena joanna beata dorota zofia jadwiga krystyna hanna jana petra lucie tereza veronika
zuzana eva katalin zsuzsanna erzsébet erzsebet ildikó ildiko judit eszter réka reka ioana elena
mihaela andreea irina maria fatima fatma aisha aysha ayesha khadija mariam maryam zainab zeynep elif
leila layla laila yasmin yasmine noor nour huda salma amira rania hana hanan dalia reem samira nadia
shirin parisa maryam zahra mina neda ladan azadeh priya anjali sunita kavita lakshmi deepa pooja neha
aarti meera radha sita asha geeta gita nisha rekha shobha usha indira sonia smriti nirmala ama akua
abena adwoa efua esi afua yaa chioma ngozi adaeze nneka amaka funmilayo folake yetunde wanjiru wambui
njeri akinyi achieng amina zawadi thandiwe nomvula lerato palesa naledi busisiwe mei ling jia xiu
hui fang ji-woo jiwoo seo-yeon seoyeon min-ji minji soo-jin soojin hye-jin yuna haruka sakura
yui aiko keiko yoko emi naomi hiroko akiko mariko tomoko tamar yael shira michal rivka kate katie liz
beth jenny sue meg
""".split())

MALE = frozenset("""
teodoro ernesto alfredo ramon ramón esteban hector héctor ruben rubén tomás joaquin joaquín agustin agustín
felipe cristian emilio fabian fabián guillermo jaime julio mauricio nicolás octavio osvaldo vicente sebastián
adriano caio vinícius chidi mthunzi rohan rakesh
greg jon matt dan rob josh jake hal ted ed
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter
harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe
bryan billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy
vincent russell louis philip bobby johnny bradley oliver harry liam connor declan ciaran cian seamus
eamon padraig rhys dafydd gareth owen callum hamish angus alistair rory fergus nigel graham colin
neil ian malcolm barry trevor dominic rupert giles tobias hugo carlos jose josé luis luís miguel
jorge pedro alejandro fernando javier diego rafael ricardo manuel francisco antonio sergio pablo
andrés andres eduardo raúl raul enrique alberto gonzalo ignacio santiago mateo matías matias joão joao
paulo tiago thiago rodrigo gustavo marcelo leonardo vinicius marco giuseppe giovanni francesco alessandro
matteo lorenzo stefano roberto fabio massimo luca davide simone riccardo paolo salvatore vincenzo
pierre jean-pierre jacques michel philippe françois francois nicolas olivier laurent christophe sébastien
sebastien julien mathieu thierry didier emmanuel antoine hans klaus jürgen jurgen wolfgang dieter uwe
stefan frank thomas andreas markus matthias sebastian florian tobias lukas jonas felix maximilian
friedrich heinrich karl lars erik anders nils olav ole sven bjørn bjorn magnus henrik johan mikael
jens søren soren rasmus mads jussi mikko juha pekka ivan sergei sergey dmitry dmitri alexei alexey
andrei andrey mikhail nikolai vladimir yuri oleg pavel boris igor viktor vadim anatoly gennady
volodymyr oleksandr oleksiy taras bohdan piotr paweł pawel krzysztof tomasz marcin michał michal
jakub wojciech andrzej grzegorz jan jiří jiri petr josef václav vaclav tomáš tomas lászló laszlo
istván istvan zoltán zoltan gábor gabor péter attila ferenc tibor mihai ion gheorghe vasile constantin
dragan milan goran zoran nikola dimitris giorgos nikos yannis konstantinos mehmet mustafa ahmet ali
hasan hüseyin huseyin ibrahim ismail osman yusuf murat emre burak kemal recep muhammad mohammed mohammad
mohamed ahmed ahmad mahmoud omar umar khalid khaled hassan hussein abdullah abdul karim tariq faisal
hamza bilal youssef yousef samir walid nabil rashid saeed jamal kamal salman sultan reza hossein
hamid mehdi javad abbas amir dariush farhad raj rahul amit vijay sanjay suresh ramesh rajesh arjun
vikram arun anil sunil ravi manoj ashok deepak pradeep narendra rajiv sachin rohit kofi kwame kwaku
kwabena yaw kojo kwesi emeka chinedu chukwuemeka obinna olusegun oluwaseun babatunde tunde adebayo
musa ibrahim juma baraka otieno odhiambo kamau mwangi kiprop thabo sipho themba bongani tshepo
wei hao ming jian tao bo gang qiang hyun-woo minho min-ho ji-hoon jihoon seung-min jae-won
haruto hiroshi takeshi kenji kenta daiki shinji akira takashi satoshi kazuo hideo yusuke kaito
moshe yosef avraham yitzhak david eitan itai noam omer tom tim jim ben bill bob mike dave steve nick pete
""".split())

# Slavic and Baltic surnames mark a woman in their endings ("Petrova", "Kowalska", "Kazlauskienė");
# a name seen only by its surname ("Novakova said ...") still tells. The male forms ("Petrov",
# "Ostrowski") do not: in English-language news women often carry them too.
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|ska|skaya|cka|ckaya|ienė|iene|aitė|aite|ytė|yte)$", re.IGNORECASE)


def name_gender(name: str) -> str | None:
    """"f", "m" or None for a person's name ("Chiara Monti" -> "f"): the given name first,
    then a surname ending that marks a woman in Slavic and Baltic languages."""
    words = [w.strip(".,'’") for w in name.split() if w.strip(".,'’")]
    if not words:
        return None
    first = words[0].lower()
    if first not in FEMALE and first not in MALE and len(words) == 3 and all(w.isalpha() for w in words):
        first = words[1].lower()  # "Novelist Ama Darko": a description the name kept
    in_f, in_m = first in FEMALE, first in MALE
    if in_f != in_m:
        return "f" if in_f else "m"
    if in_f:  # on both lists: ambiguous
        return None
    last = words[-1]
    if (len(words) > 1 or len(last) > 5) and _FEMALE_SURNAME.search(last):
        return "f"
    return None
