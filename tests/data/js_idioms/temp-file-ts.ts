import { writeFileSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

export function toPdf(html: string): Buffer {
  const stem = `/tmp/pdf-${process.pid}`;
  // ruleid: js.flow.insecure-temp-file
  writeFileSync(`${stem}.html`, html);
  execFileSync("wkhtmltopdf", [`${stem}.html`, `${stem}.pdf`]);
  return readFileSync(`${stem}.pdf`);
}

export async function toPng(svg: string): Promise<string> {
  const target = join(tmpdir(), "chart.svg");
  // ruleid: js.flow.insecure-temp-file
  await writeFile(target, svg);
  return target;
}

export async function toPngSafe(svg: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "chart-"));
  // ok: js.flow.insecure-temp-file
  await writeFile(join(dir, "chart.svg"), svg);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}
