import express, { Request, Response } from "express";

const app = express();

interface SearchResult { title: string; url: string }

function renderResults(query: string, results: SearchResult[]): string {
  const items = results.map((r) => `<li><a href="${encodeURI(r.url)}">${r.title}</a></li>`).join("");
  return `<!doctype html><html><body>
    <h2>Results for "${query}"</h2>
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
