import { randomBytes } from "node:crypto";
import { createServer } from "node:http";

const invites = new Map<string, { email: string; expires: number }>();

function inviteCode(): string {
  return randomBytes(18).toString("base64url");
}

createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== "/invites") {
    res.writeHead(404).end();
    return;
  }
  let body = "";
  for await (const chunk of req) body += chunk;
  const { email } = JSON.parse(body);
  const code = inviteCode();
  invites.set(code, { email, expires: Date.now() + 7 * 86400_000 });
  res.writeHead(201, { "content-type": "application/json" });
  res.end(JSON.stringify({ link: `https://team.example.com/join/${code}` }));
}).listen(8080);
