import express from "express";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const app = express();
app.use(express.json());

app.post("/api/thumbnails", async (req, res) => {
  const { source, width } = req.body as { source: string; width: number };
  const output = `/srv/media/thumbs/${Date.now()}.jpg`;
  const input = path.join("/srv/media/uploads", path.basename(String(source)));
  try {
    await run("convert", [input, "-resize", `${Number(width) || 200}x`, output]);
    res.json({ thumbnail: output });
  } catch (e) {
    res.status(500).json({ error: "conversion failed" });
  }
});

app.listen(3000);
