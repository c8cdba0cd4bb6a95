import express, { Request, Response } from "express";

const app = express();

interface SearchResult { title: string; url: string }

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function renderResults(query: string, results: SearchResult[]): string {
  const items = results.map((r) => `<li><a href="${escapeHtml(encodeURI(r.url))}">${escapeHtml(r.title)}</a></li>`).join("");
  return `<!doctype html><html><body>
    <h2>Results for "${escapeHtml(query)}"</h2>
    <ul>${items}</ul>
  </body></html>`;
}

app.get("/search", async (req: Request, res: Response) => {
  const q = String(req.query.q ?? "");
  const results: SearchResult[] = await searchIndex(q);
  res.type("html").send(renderResults(q, results));
});

async function searchIndex(q: string): Promise<SearchResult[]> {
  return [{ title: "Getting started", url: "/docs/start" }].filter((r) => r.title.includes(q));
}

app.listen(3000);
