import { exec as execCb, execFile } from "node:child_process";
import util from "node:util";
import express from "express";

const sh = util.promisify(execCb);
const runFile = util.promisify(execFile);
const app = express();

app.post("/convert", async (req, res) => {
  const { name } = req.body as { name: string };
  // ruleid: js.flow.command-injection
  await sh(`convert /srv/in/${name} -resize 200x /srv/out/${Date.now()}.png`);
  // ok: js.flow.command-injection
  await runFile("convert", [`/srv/in/${name}`, "-resize", "200x", "/srv/out/x.png"]);
  res.json({ ok: true });
});
