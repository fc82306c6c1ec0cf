"""The per-process state of neural evidence: models loaded once, on first use, and the notes to say once."""

from __future__ import annotations

from audit.neural import NeuralError, NeuralOptions

_UNTRIED = object()


class Runtime:
    """What engine.find_all calls when a model option is given. Created by audit.neural.configure()
    in the parent process; a forked worker inherits it unloaded and loads its own models lazily."""

    def __init__(self, options: NeuralOptions):
        self.options = options
        self._scorer = _UNTRIED
        self._recogniser = _UNTRIED
        self._combination = _UNTRIED
        self._notes: list[str] = []
        self._said: set[str] = set()

    def note(self, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            self._notes.append(message)

    def take_notes(self) -> list[str]:
        notes, self._notes = self._notes, []
        return notes

    def _load(self, loader, name: str, option: str):
        from audit.neural.loading import load_mlm, load_ner  # noqa: F401 - torch is imported from here on

        try:
            return loader(name, self.options.device, self.options.offline)
        except NeuralError as err:
            self.note(f"{option} {name}: {err}; going on without it")
            return None

    @property
    def scorer(self):
        if self._scorer is _UNTRIED:
            from audit.neural.loading import load_mlm
            from audit.neural.rescoring import Scorer

            loaded = self._load(load_mlm, self.options.model, "--model") if self.options.model else None
            self._scorer = Scorer(loaded, self.options.batch_size) if loaded else None
        return self._scorer

    @property
    def recogniser(self):
        if self._recogniser is _UNTRIED:
            from audit.neural.loading import load_ner
            from audit.neural.names import Recogniser

            loaded = self._load(load_ner, self.options.ner_model, "--ner-model") if self.options.ner_model else None
            self._recogniser = Recogniser(loaded, self.options.batch_size) if loaded else None
        return self._recogniser

    @property
    def combination(self) -> dict | None:
        """The fitted combination for the model in use; None (and a note) where there is none."""
        if self._combination is _UNTRIED and not self.options.use_combination:
            self._combination = None
        if self._combination is _UNTRIED:
            from audit.neural import rescoring

            path = self.options.combination or rescoring.COMBINATION_FILE
            key = self.scorer.loaded.key
            self._combination = rescoring.load_combinations(path).get(key)
            if self._combination is None:
                self.note(f"--model {self.options.model}: no fitted combination for this model in {path.name} "
                          "(bench/fit_neural.py fits one): it chooses between candidate fixes, but confidences "
                          "stay the rules' own")
        return self._combination

    def names(self, ctx) -> list:
        """Mentions of recognised names the glossary lacks (see audit.neural.names)."""
        if self.recogniser is None:
            return []
        from audit.neural.names import entities_for, unknown_names
        from audit.rules.base import Mention
        from audit.glossary.model import types_of_kind

        places = types_of_kind("place")

        text = ctx.text
        spans = self.recogniser.spans(text)
        known = [(m.start, m.end, m.form.kind == "accepted" and m.form.entity.type in places) for m in ctx.mentions]
        return [Mention(s, e, form) for s, e, form in entities_for(unknown_names(spans, ctx.glossary, known, text))]

    def rescore(self, doc, findings: list) -> None:
        if self.scorer is None:
            return
        from audit.neural.rescoring import rescore

        rescore(doc.text, findings, self.scorer, self.combination)
