import AdmZip from "adm-zip";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export function restore(bundle: Buffer, into: string): number {
  let n = 0;
  for (const item of new AdmZip(bundle).getEntries()) {
    if (item.isDirectory) continue;
    const out = path.join(into, item.entryName);
    // ruleid: js.flow.zip-slip
    writeFileSync(out, item.getData());
    n++;
  }
  return n;
}

export function restoreChecked(bundle: Buffer, into: string): number {
  const base = path.resolve(into);
  let n = 0;
  for (const item of new AdmZip(bundle).getEntries()) {
    const out = path.resolve(base, item.entryName);
    const rel = path.relative(base, out);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("unsafe entry");
    mkdirSync(path.dirname(out), { recursive: true });
    // ok: js.flow.zip-slip
    writeFileSync(out, item.getData());
    n++;
  }
  return n;
}
