"""Where lint work runs: in this process, a local process pool, Slurm array tasks, or Ray.

Executors only decide *where* a task runs; what a task does is `tasks.run_task`, the same pure function
everywhere. Tasks write Parquet shards and a completion marker into a work directory; `merge.merge_work_dir`
builds the one DuckDB report from them.
"""
