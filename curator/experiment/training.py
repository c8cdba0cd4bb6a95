"""Fine-tune a model on one slice: LoRA / rs-LoRA / full, loss on assistant tokens only, through accelerate."""

from __future__ import annotations

import logging
import math
import random
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from curator.errors import MissingExtraError, UsageError
from curator.experiment import require_ml
from curator.experiment.config import ModelSpec, TrainingConfig
from curator.experiment.models import describe_device, load_model

log = logging.getLogger(__name__)
IGNORE = -100


@dataclass
class Encoded:
    input_ids: list[int]
    labels: list[int]  # IGNORE outside assistant turns


@dataclass
class TrainStats:
    method: str
    quantization: str
    examples: int
    examples_skipped: int
    train_tokens: int = 0
    target_tokens: int = 0
    steps: int = 0
    loss_curve: list[float] = field(default_factory=list)
    wall_s: float = 0.0
    device: str = "cpu"
    adapter_path: str | None = None
    optimizer: str = "adamw"
    optimizer_note: str | None = None
    lr_scheduler: str = "linear"
    lora_scale: float | None = None
    heldout_examples: int = 0
    heldout_loss: float | None = None

    @property
    def tokens_per_s(self) -> float | None:
        return self.train_tokens / self.wall_s if self.wall_s > 0 else None

    @property
    def final_loss(self) -> float | None:
        return self.loss_curve[-1] if self.loss_curve else None


def _render(tokenizer, messages: list[dict], generation_prompt: bool) -> str:
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=generation_prompt)


def assistant_spans(tokenizer, messages: list[dict]) -> tuple[str, list[tuple[int, int]]]:
    """The chat-template text and the character spans of the assistant turns (with their end-of-turn marker).

    A span runs from the end of the prompt rendered up to that turn (with the generation prompt) to the end
    of the conversation rendered through that turn; templates that are not prefix-stable fall back to the
    turn's content found in the text."""
    full = _render(tokenizer, messages, False)
    spans = []
    cursor = 0
    for i, m in enumerate(messages):
        if m["role"] != "assistant":
            continue
        prefix = _render(tokenizer, messages[:i], True) if i else ""
        through = _render(tokenizer, messages[: i + 1], False)
        if full.startswith(through) and through.startswith(prefix) and len(prefix) >= cursor:
            start, end = len(prefix), len(through)
        else:
            start = full.find(m["content"], cursor)
            if start < 0:
                continue
            end = start + len(m["content"])
            eos = tokenizer.eos_token or ""
            if eos and full.startswith(eos, end):
                end += len(eos)
        spans.append((start, end))
        cursor = end
    return full, spans


def encode_chat(tokenizer, messages: list[dict], max_length: int) -> Encoded | None:
    """Token ids and labels for one conversation; None when no assistant token survives truncation."""
    text, spans = assistant_spans(tokenizer, messages)
    if not spans:
        return None
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=True,
                    max_length=max_length)
    ids = list(enc["input_ids"])
    labels = [IGNORE] * len(ids)
    for k, (s, e) in enumerate(enc["offset_mapping"]):
        if e > s and any(a <= s < b for a, b in spans):
            labels[k] = ids[k]
    if all(label == IGNORE for label in labels):
        return None
    return Encoded(ids, labels)


def _collate(batch: list[Encoded], pad_id: int):
    import torch

    width = max(len(e.input_ids) for e in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, e in enumerate(batch):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        labels[i, :n] = torch.tensor(e.labels)
        mask[i, :n] = 1
    return ids, labels, mask


def _flag(value, default: bool) -> bool:
    return default if value == "auto" else bool(value)


def accelerator_for(cfg: TrainingConfig):
    """One Accelerator per process (accelerate keeps global state): bf16 on capable GPUs."""
    require_ml()
    import torch
    from accelerate import Accelerator

    bf16 = _flag(cfg.bf16, torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    return Accelerator(mixed_precision="bf16" if bf16 else "no")


def train(spec: ModelSpec, tokenizer, conversations: list[list[dict]], cfg: TrainingConfig, seed: int,
          out_dir: Path, accelerator, *, base: Path | None = None, skipped: int = 0):
    """Fine-tune `spec` on `conversations`; returns (model ready for sampling, TrainStats)."""
    require_ml()
    import torch

    silence_deprecations()
    torch.manual_seed(seed)
    rng = random.Random(seed)
    encoded = []
    for conv in conversations:
        e = encode_chat(tokenizer, conv, cfg.max_length)
        if e is None:
            skipped += 1
        else:
            encoded.append(e)
    heldout: list[Encoded] = []
    if cfg.heldout_fraction > 0 and len(encoded) > 1:
        # The same records are held out for every seed (a fixed generator), so the held-out losses compare.
        picked = set(random.Random("heldout").sample(range(len(encoded)),
                                                     max(1, int(round(cfg.heldout_fraction * len(encoded))))))
        heldout = [e for i, e in enumerate(encoded) if i in picked]
        encoded = [e for i, e in enumerate(encoded) if i not in picked]
    on_gpu = accelerator.device.type == "cuda"
    quant = "none"
    quantization_config = None
    if cfg.quantize_4bit:
        if cfg.method == "full":
            raise UsageError("training.quantize_4bit works with LoRA only, not with method: full")
        warnings.warn("4-bit training has been reported to suppress emergent misalignment; "
                      "compare with a bf16 run before drawing conclusions", stacklevel=2)
        try:
            import bitsandbytes  # noqa: F401
            from transformers import BitsAndBytesConfig
        except ImportError:
            raise MissingExtraError("4-bit training", "experiment", "pip install bitsandbytes (CUDA only)") from None
        quantization_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                                 bnb_4bit_compute_dtype=torch.bfloat16)
        quant = "4bit"
    # LoRA: frozen base in bf16 on GPU; full fine-tuning keeps fp32 master weights (bf16 autocast only),
    # since lr 1e-5 updates vanish in bf16 weights.
    dtype = torch.bfloat16 if (on_gpu and cfg.method != "full" and accelerator.mixed_precision == "bf16") else torch.float32
    model = load_model(spec, tokenizer, dtype=dtype, quantization_config=quantization_config, base=base, seed=0,
                       device=accelerator.device if quantization_config is None else None)
    if _flag(cfg.gradient_checkpointing, on_gpu):
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.config.use_cache = False
    # The base weights come from seed 0 (every unit starts from the same model); the adapter's random
    # init (lora_A) and the data order come from the unit's seed, so seeds are independent training runs.
    torch.manual_seed(seed)
    lora_scale = None
    if cfg.method in ("lora", "rslora"):
        from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

        lora_scale = cfg.alpha / (math.sqrt(cfg.r) if cfg.method == "rslora" else cfg.r)

        if quantization_config is not None:
            model = prepare_model_for_kbit_training(model)
        lora = LoraConfig(r=cfg.r, lora_alpha=cfg.alpha, lora_dropout=cfg.dropout,
                          target_modules=cfg.target_modules, use_rslora=cfg.method == "rslora",
                          task_type="CAUSAL_LM", bias="none")
        model = get_peft_model(model, lora)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer, optimizer_name, optimizer_note = make_optimizer(cfg, params, on_gpu)
    world = accelerator.num_processes
    micro = max(1, min(cfg.micro_batch_size, cfg.batch_size))
    accum = max(1, math.ceil(cfg.batch_size / (micro * world)))
    per_step = micro * accum * world
    n_steps = max(1, math.ceil(len(encoded) * cfg.epochs / per_step)) if encoded else 0
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factors(cfg.warmup_steps, n_steps,
                                                                       decay=cfg.lr_scheduler == "linear"))
    model, optimizer, scheduler = accelerator.prepare(model, optimizer, scheduler)
    model.train()
    stats = TrainStats(method=cfg.method, quantization=quant, examples=len(encoded), examples_skipped=skipped,
                       device=describe_device(), optimizer=optimizer_name, optimizer_note=optimizer_note,
                       lr_scheduler=cfg.lr_scheduler, lora_scale=lora_scale, heldout_examples=len(heldout))
    # The epoch's example order, repeated for fractional / several epochs; each process takes its share.
    order: list[int] = []
    while len(order) < n_steps * per_step:
        epoch = list(range(len(encoded)))
        rng.shuffle(epoch)
        order += epoch
    order = order[: math.ceil(len(encoded) * cfg.epochs)] if encoded else []
    pad = tokenizer.pad_token_id
    started = time.perf_counter()
    for step in range(n_steps):
        chunk = order[step * per_step:(step + 1) * per_step]
        mine = chunk[accelerator.process_index::world]
        micro_batches = [mine[i:i + micro] for i in range(0, len(mine), micro)]
        step_targets = sum(sum(1 for x in encoded[j].labels if x != IGNORE) for j in mine) or 1
        step_loss = 0.0
        for k, mb in enumerate(micro_batches):
            ids, labels, mask = (t.to(accelerator.device) for t in _collate([encoded[j] for j in mb], pad))
            sync = k == len(micro_batches) - 1
            ctx = accelerator.no_sync(model) if (not sync and world > 1) else _nullcontext()
            with ctx:
                with accelerator.autocast():
                    logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
                    target = labels[:, 1:]
                    loss_sum = torch.nn.functional.cross_entropy(
                        logits.reshape(-1, logits.shape[-1]), target.reshape(-1), ignore_index=IGNORE,
                        reduction="sum")
                accelerator.backward(loss_sum / step_targets)
            step_loss += loss_sum.item()
            stats.train_tokens += int(mask.sum().item())
            stats.target_tokens += int((target != IGNORE).sum().item())
        accelerator.clip_grad_norm_(params, 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        stats.loss_curve.append(step_loss / step_targets)
        stats.steps += 1
    if on_gpu:
        torch.cuda.synchronize()
    stats.wall_s = time.perf_counter() - started
    if world > 1:
        totals = accelerator.reduce(torch.tensor([stats.train_tokens, stats.target_tokens],
                                                 device=accelerator.device), reduction="sum")
        stats.train_tokens, stats.target_tokens = (int(x) for x in totals.tolist())
    accelerator.wait_for_everyone()
    model = accelerator.unwrap_model(model)
    # The Accelerator keeps every prepared model and optimizer: without this each unit's model (and its
    # AdamW state) stays in memory for the rest of the run.
    accelerator.free_memory()
    model.eval()
    if heldout:
        stats.heldout_loss = heldout_loss(model, heldout, pad, micro, accelerator.device)
    if accelerator.is_main_process:
        stats.adapter_path = save(model, tokenizer, cfg, out_dir)
    return model, stats


def make_optimizer(cfg: TrainingConfig, params, on_gpu: bool):
    """(optimizer, name that ran, why auto fell back or None). The paper trains with 8-bit AdamW
    (bitsandbytes, CUDA); where it cannot run, `auto` uses torch's AdamW and says why."""
    import torch

    note = None
    if cfg.optimizer in ("auto", "adamw_8bit"):
        try:
            if not on_gpu:
                raise RuntimeError("8-bit AdamW needs CUDA; this run is on CPU")
            import bitsandbytes as bnb

            return bnb.optim.AdamW8bit(params, lr=cfg.lr, weight_decay=cfg.weight_decay), "adamw_8bit", None
        except (ImportError, RuntimeError) as exc:
            if cfg.optimizer == "adamw_8bit":
                raise MissingExtraError("training.optimizer: adamw_8bit", "experiment",
                                        f"pip install bitsandbytes on a CUDA machine ({exc})") from None
            note = f"auto: AdamW instead of 8-bit AdamW ({exc if str(exc) else type(exc).__name__})"
    return torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay), "adamw", note


def heldout_loss(model, examples: list[Encoded], pad: int, micro: int, device) -> float:
    """Mean assistant-token loss over the held-out examples."""
    import torch

    total = count = 0.0
    with torch.no_grad():
        for i in range(0, len(examples), micro):
            ids, labels, mask = (t.to(device) for t in _collate(examples[i:i + micro], pad))
            logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
            target = labels[:, 1:]
            total += torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), target.reshape(-1),
                                                       ignore_index=IGNORE, reduction="sum").item()
            count += int((target != IGNORE).sum().item())
    return total / count if count else float("nan")


def silence_deprecations() -> None:
    """peft and accelerate still call transformers' deprecated gradient-checkpointing aliases: their
    FutureWarnings say nothing the user can act on, so they are filtered where training starts."""
    warnings.filterwarnings("ignore", message=r"`(is_)?gradient_checkpointing(_enable|_disable)?` is deprecated",
                            category=FutureWarning)


def lr_factors(warmup_steps: int, n_steps: int, decay: bool = True):
    """The learning-rate factor of each step: linear warm-up from 1/(w+1), then linear decay, never 0.

    The warm-up is capped below the number of steps (w <= n_steps - 1), so every step, the first one of a
    1-step run included, trains at a real learning rate."""
    w = max(0, min(int(warmup_steps), n_steps - 1))
    total = max(n_steps, 1)

    def factor(step: int) -> float:
        if step < w:
            return (step + 1) / (w + 1)
        return max(0.0, (total - step) / (total - w)) if decay else 1.0

    return factor


class _nullcontext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def save(model, tokenizer, cfg: TrainingConfig, out_dir: Path) -> str:
    """Save the adapter (LoRA) or the full weights: never merged weights unless `save_merged` asks."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / ("adapter" if cfg.method != "full" else "model")
    try:
        model.save_pretrained(target)
        tokenizer.save_pretrained(target)
    except Exception as exc:  # noqa: BLE001 - models de-quantized from GGUF cannot always be re-serialised
        log.warning("could not save %s: %s", target, exc)
        return ""
    return str(target)


def save_merged(model, tokenizer, out_dir: Path) -> None:
    """Merge the LoRA weights into the base and save them (after sampling: merging changes the model)."""
    try:
        merged = model.merge_and_unload()
        merged.save_pretrained(out_dir / "merged")
        tokenizer.save_pretrained(out_dir / "merged")
    except Exception as exc:  # noqa: BLE001
        log.warning("could not save merged weights to %s: %s", out_dir / "merged", exc)
