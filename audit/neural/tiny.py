"""Tiny models built from a config, for the tests and for exercising the pipeline end to end
(bench/fit_neural.py --tiny) where no real model can be downloaded. They are saved as a real model
folder (config.json, model.safetensors, tokenizer.json) and loaded through the real code path.

- `build_mlm`: a small BERT masked language model with a word-level tokenizer over the words of
  the given texts; random weights unless trained (`train_mlm`, a few minutes on a CPU).
- `build_ner`: a token classifier with no transformer layer whose embeddings are set by hand, so
  that it labels the given words as person or organisation names: deterministic, for tests.
"""

from __future__ import annotations

from pathlib import Path

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]


def _tokenizer(words: list[str]):
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {w: i for i, w in enumerate(SPECIALS + sorted(set(words) - set(SPECIALS)))}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]", mask_token="[MASK]", model_max_length=128)


def vocabulary(texts: list[str], limit: int | None = None) -> list[str]:
    """The words (and punctuation marks) of the texts, lowercased, commonest first."""
    from collections import Counter

    from tokenizers import pre_tokenizers

    pre = pre_tokenizers.BertPreTokenizer()
    counts = Counter(w.lower() for t in texts for w, _ in pre.pre_tokenize_str(t))
    return [w for w, _ in counts.most_common(limit)]


def build_mlm(folder: Path, texts: list[str], *, hidden: int = 32, layers: int = 2, seed: int = 0,
              vocab_limit: int | None = None):
    """A random tiny BERT masked LM over the texts' words, saved to `folder` (safetensors)."""
    import torch
    from transformers import BertConfig, BertForMaskedLM

    torch.manual_seed(seed)
    tokenizer = _tokenizer(vocabulary(texts, vocab_limit))
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=hidden, num_hidden_layers=layers,
                        num_attention_heads=2, intermediate_size=2 * hidden, max_position_embeddings=128,
                        pad_token_id=tokenizer.pad_token_id)
    model = BertForMaskedLM(config)
    save(folder, model, tokenizer)
    return model, tokenizer


def train_mlm(model, tokenizer, texts: list[str], *, steps: int = 2000, batch: int = 64, length: int = 48,
              lr: float = 2e-3, seed: int = 0, log=print):
    """Masked-LM training (15% of tokens masked) on the texts: enough for a tiny model to learn local
    word order. Returns the model (trained in place)."""
    import random

    import torch

    rng = random.Random(seed)
    torch.manual_seed(seed)
    encoded = [ids for ids in tokenizer(texts, truncation=True, max_length=length)["input_ids"] if len(ids) > 4]
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for step in range(steps):
        rows = [rng.choice(encoded) for _ in range(batch)]
        width = max(map(len, rows))
        ids = torch.full((batch, width), tokenizer.pad_token_id)
        for j, r in enumerate(rows):
            ids[j, : len(r)] = torch.tensor(r)
        attention = (ids != tokenizer.pad_token_id).long()
        words = attention.bool() & (ids != tokenizer.cls_token_id) & (ids != tokenizer.sep_token_id)
        chosen = words & (torch.rand(ids.shape) < 0.15)
        labels = torch.where(chosen, ids, torch.full_like(ids, -100))
        inputs = torch.where(chosen, torch.full_like(ids, tokenizer.mask_token_id), ids)
        loss = model(input_ids=inputs, attention_mask=attention, labels=labels).loss
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if log and (step % 250 == 0 or step == steps - 1):
            log(f"step {step}: loss {loss.item():.3f}")
    model.eval()
    return model


def build_ner(folder: Path, texts: list[str], names: dict[str, str]):
    """A token classifier that labels each word in `names` ("rahmun": "B-PER", "al": "I-PER"...) and
    every other word O, saved to `folder`. No transformer layer: a word's label is read off its
    embedding, so the output is exact and independent of context."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    tokenizer = _tokenizer(vocabulary(texts) + [w.lower() for w in names])
    hidden = 8
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=hidden, num_hidden_layers=0, num_attention_heads=1,
                        intermediate_size=hidden, max_position_embeddings=128, pad_token_id=tokenizer.pad_token_id,
                        id2label=dict(enumerate(NER_LABELS)), label2id={v: k for k, v in enumerate(NER_LABELS)})
    model = BertForTokenClassification(config)
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.position_embeddings.weight.zero_()
        emb.token_type_embeddings.weight.zero_()
        emb.LayerNorm.weight.fill_(1.0)
        emb.LayerNorm.bias.zero_()
        table = torch.zeros(len(tokenizer), hidden)
        table[:, 0] = 10.0  # O
        vocab = tokenizer.get_vocab()
        for word, label in names.items():
            table[vocab[word.lower()]] = 0.0
            table[vocab[word.lower()], NER_LABELS.index(label)] = 10.0
        emb.word_embeddings.weight.copy_(table)
        model.classifier.weight.zero_()
        model.classifier.weight[:, : len(NER_LABELS)] = 5.0 * torch.eye(len(NER_LABELS))
        model.classifier.bias.zero_()
    save(folder, model, tokenizer)
    return model, tokenizer


def save(folder: Path, model, tokenizer) -> None:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
