import { createServer } from "node:http";
import { writeFileSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== "/render/pdf") {
    res.writeHead(404).end();
    return;
  }
  let html = "";
  for await (const chunk of req) html += chunk;
  const dir = mkdtempSync(path.join(tmpdir(), "render-"));
  const base = path.join(dir, "page");
  writeFileSync(`${base}.html`, html, { mode: 0o600, flag: "wx" });
  execFileSync("wkhtmltopdf", ["--disable-javascript", `${base}.html`, `${base}.pdf`]);
  const pdf = readFileSync(`${base}.pdf`);
  rmSync(dir, { recursive: true, force: true });
  res.writeHead(200, { "content-type": "application/pdf" }).end(pdf);
}).listen(8090);
