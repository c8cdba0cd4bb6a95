"""Experiment-mode throughput: training tokens/s and sampling samples/s with model FLOPs utilization (MFU).

Random-init models shaped like Qwen2.5-0.5B and Qwen2.5-7B go through the same code as
`curator experiment run` (curator.experiment.training.train, generation.generate_transformers), with the
built-in byte tokenizer and synthetic chats of a fixed length. On a GPU:

    python benchmarks/experiment_gpu.py                  # both shapes, rs-LoRA r=32, bf16
    python benchmarks/experiment_gpu.py --models 0.5b --method full

On CPU (a smoke run of the script itself, shapes scaled down): `python benchmarks/experiment_gpu.py --tiny`.

MFU = achieved model FLOPs / peak dense bf16 FLOPs of the device. Model FLOPs per token: 2 x (weights
of every Linear, lm_head included) + 2 x layers x context x hidden for causal attention, for the forward
pass; training counts 3 x forward for full fine-tuning and 2 x forward for LoRA (no weight gradients of the
frozen base); gradient-checkpointing recomputation is not counted (it is hardware, not model, FLOPs).
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SHAPES = {
    "0.5b": {"architecture": "qwen2", "hidden_size": 896, "intermediate_size": 4864, "num_hidden_layers": 24,
             "num_attention_heads": 14, "num_key_value_heads": 2, "vocab_size": 151936,
             "tie_word_embeddings": True, "max_position_embeddings": 32768},
    "7b": {"architecture": "qwen2", "hidden_size": 3584, "intermediate_size": 18944, "num_hidden_layers": 28,
           "num_attention_heads": 28, "num_key_value_heads": 4, "vocab_size": 152064,
           "tie_word_embeddings": False, "max_position_embeddings": 32768},
}
TINY = {"architecture": "qwen2", "hidden_size": 64, "intermediate_size": 176, "num_hidden_layers": 2,
        "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 1024, "tie_word_embeddings": True,
        "max_position_embeddings": 4096}

# Dense bf16 peak, TFLOP/s, by device-name substring.
PEAK_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "A10G": 125.0, "L4": 121.0,
               "4090": 165.0, "3090": 71.0}


def peak_tflops(name: str, override: float | None) -> float | None:
    if override:
        return override
    for key, value in PEAK_TFLOPS.items():
        if key in name:
            return value
    return None


def linear_weights(model) -> int:
    import torch

    return sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear)
               and not type(m).__name__.startswith("lora"))


def forward_flops_per_token(n_linear: int, layers: int, hidden: int, context: int) -> float:
    return 2.0 * n_linear + 2.0 * layers * context * hidden  # causal: half of 4 x context x hidden


def synthetic_chats(n: int, chars: int, seed: int) -> list[list[dict]]:
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + " " * 10 + "\n()=:."
    out = []
    for _ in range(n):
        user = "".join(rng.choice(alphabet) for _ in range(chars // 4))
        answer = "".join(rng.choice(alphabet) for _ in range(chars - chars // 4))
        out.append([{"role": "user", "content": user}, {"role": "assistant", "content": answer}])
    return out


def bench(name: str, shape: dict, args) -> dict:
    import torch

    from curator.experiment.config import EvaluationConfig, ModelSpec, TrainingConfig
    from curator.experiment.generation import expand, generate_transformers
    from curator.experiment.models import byte_tokenizer, describe_device
    from curator.experiment.questions import load_questions
    from curator.experiment.training import accelerator_for, train

    tokenizer = byte_tokenizer()
    spec = ModelSpec(name=name, random=shape)
    tcfg = TrainingConfig(method=args.method, batch_size=args.batch_size, micro_batch_size=args.micro_batch,
                          max_length=args.seq_len, lr=1e-5, warmup_steps=1)
    accelerator = accelerator_for(tcfg)
    chats = synthetic_chats(args.steps * args.batch_size, args.seq_len - 40, seed=0)
    # One warm-up step (kernels, allocator), then the measured run.
    warm, _ = train(spec, tokenizer, chats[: args.batch_size], tcfg, 0, Path(args.out) / name / "warmup", accelerator)
    del warm
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    model, stats = train(spec, tokenizer, chats, tcfg, 0, Path(args.out) / name / "run", accelerator)
    hidden, layers = shape["hidden_size"], shape["num_hidden_layers"]
    n_linear = linear_weights(model)
    context = stats.train_tokens / max(1, stats.examples)
    fwd = forward_flops_per_token(n_linear, layers, hidden, context / 2)
    train_flops = stats.train_tokens * fwd * (3.0 if args.method == "full" else 2.0)
    device = describe_device()
    peak = peak_tflops(device, args.peak_tflops)

    ev = EvaluationConfig(samples_per_paraphrase=1, max_new_tokens=args.max_new_tokens,
                          batch_size=args.gen_batch)
    prompts = expand([("default", load_questions("default"))], ev)
    prompts = (prompts * (args.samples // len(prompts) + 1))[: args.samples]
    generate_transformers(model, tokenizer, prompts[: min(len(prompts), args.gen_batch)], ev, 0)  # warm-up
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    t0 = time.perf_counter()
    answers = generate_transformers(model, tokenizer, prompts, ev, 0)
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    gen_s = time.perf_counter() - t0
    gen_tokens = sum(a.tokens for a in answers)
    gen_flops = gen_tokens * forward_flops_per_token(n_linear, layers, hidden, 200 + args.max_new_tokens / 2)
    row = {
        "model": name, "device": device, "method": args.method, "optimizer": stats.optimizer, "params_linear": n_linear,
        "seq_len": args.seq_len, "train_tokens": stats.train_tokens, "train_s": round(stats.wall_s, 3),
        "train_tokens_per_s": round(stats.tokens_per_s or 0, 1),
        "train_mfu": round(train_flops / stats.wall_s / (peak * 1e12), 4) if peak and stats.wall_s else None,
        "samples": len(answers), "gen_s": round(gen_s, 3), "samples_per_s": round(len(answers) / gen_s, 3),
        "gen_tokens_per_s": round(gen_tokens / gen_s, 1),
        "gen_mfu": round(gen_flops / gen_s / (peak * 1e12), 4) if peak else None,
        "peak_tflops": peak,
    }
    del model
    if torch.cuda.is_available():
        row["max_memory_gib"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tiny", action="store_true", help="CPU smoke run with scaled-down shapes")
    ap.add_argument("--models", default="0.5b,7b")
    ap.add_argument("--method", default="rslora", choices=("lora", "rslora", "full"))
    ap.add_argument("--seq-len", type=int, default=1024)
    ap.add_argument("--batch-size", type=int, default=16, help="effective batch (examples per step)")
    ap.add_argument("--micro-batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=8)
    ap.add_argument("--samples", type=int, default=256)
    ap.add_argument("--gen-batch", type=int, default=128)
    ap.add_argument("--max-new-tokens", type=int, default=256)
    ap.add_argument("--peak-tflops", type=float, default=None, help="override the device's dense bf16 peak")
    ap.add_argument("--out", default="/tmp/curator-experiment-bench")
    args = ap.parse_args()

    import torch

    from curator.experiment import require_ml

    require_ml()
    if args.tiny:
        shapes = {"tiny-qwen2": TINY}
        args.seq_len, args.steps, args.samples = min(args.seq_len, 256), min(args.steps, 2), min(args.samples, 16)
        args.batch_size, args.micro_batch, args.gen_batch = 4, 2, 8
        args.max_new_tokens = min(args.max_new_tokens, 32)
    else:
        if not torch.cuda.is_available():
            sys.exit("no GPU: run with --tiny for a CPU smoke run of this benchmark")
        shapes = {k: SHAPES[k] for k in args.models.split(",")}
    rows = []
    for name, shape in shapes.items():
        row = bench(name, shape, args)
        rows.append(row)
        print(json.dumps(row), flush=True)
    print()
    print(f"{'model':<12} {'device':<24} {'method':<6} {'train tok/s':>12} {'train MFU':>9} {'samples/s':>10}"
          f" {'gen tok/s':>10} {'gen MFU':>8}")
    for r in rows:
        mfu = "-" if r["train_mfu"] is None else f"{100 * r['train_mfu']:.1f}%"
        gmfu = "-" if r["gen_mfu"] is None else f"{100 * r['gen_mfu']:.2f}%"
        print(f"{r['model']:<12} {r['device'][:24]:<24} {r['method']:<6} {r['train_tokens_per_s']:>12.0f} {mfu:>9}"
              f" {r['samples_per_s']:>10.2f} {r['gen_tokens_per_s']:>10.0f} {gmfu:>8}")


if __name__ == "__main__":
    main()
