import express from "express";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);
const app = express();
app.use(express.json());

app.post("/api/thumbnails", async (req, res) => {
  const { source, width } = req.body as { source: string; width: number };
  const output = `/srv/media/thumbs/${Date.now()}.jpg`;
  try {
    await run(`convert "/srv/media/uploads/${source}" -resize ${Number(width) || 200}x ${output}`);
    res.json({ thumbnail: output });
  } catch (e) {
    res.status(500).json({ error: "conversion failed" });
  }
});

app.listen(3000);
