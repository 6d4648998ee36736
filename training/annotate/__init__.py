"""LLM-assisted annotation: draft labels with an LLM (or the fine-tuned model), then review.

Modules, each small and importable on its own (nothing heavy is imported here):

- :mod:`.prompt` - chat messages (rules from the annotation guide, gold examples, the article
  as a delimited data block) and the JSON schema / ``response_format`` of the reply;
- :mod:`.client` - an OpenAI-compatible chat-completions client (retries, backoff,
  concurrency cap, token accounting);
- :mod:`.cache` - the on-disk reply cache;
- :mod:`.reply` - parsing and checking a reply against the scheme;
- :mod:`.drafter` - :class:`LLMDrafter` and :class:`ModelDrafter`, writing draft records;
- :mod:`.review` - review order, interactive review, Label Studio export and import;
- the ``stance annotate`` and ``stance review`` commands are :mod:`classifier.cli.annotate`.
"""
