"""What `curator split` and `curator scrub` check before any work: inputs to read, outputs they may write."""

from __future__ import annotations

from curator.empty_input import require_corpus_files
from curator.outputs import Output, check_output_container, guard_outputs


def check_inputs_and_outputs(paths: tuple[str, ...], outputs: dict[str, str | None], force: bool) -> None:
    """Before any work: some corpus file to read, outputs that are no input and replace nothing without
    --force, and output names that agree with the container written (split and scrub write every input
    back in its own container: Parquet stays Parquet)."""
    from curator.corpus import sources

    require_corpus_files(paths)
    guard_outputs([Output(path, "manifest" if flag == "--manifest" else "corpus", flag)
                   for flag, path in outputs.items()], paths, force=force)
    containers = {container for _, container in sources(list(paths))}
    if len(containers) == 1:
        container = containers.pop()
        for flag, path in outputs.items():
            if flag != "--manifest":
                check_output_container(path, flag, container)
