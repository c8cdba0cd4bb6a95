import express from "express";
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import xpath from "xpath";

const app = express();
const usersDoc = new DOMParser().parseFromString(readFileSync("data/users.xml", "utf8"), "text/xml");

function findAccount(name: string) {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) return undefined;
  const expr = `/accounts/account[@name='${name}']`;
  return xpath.select1(expr, usersDoc as any) as Element | undefined;
}

app.get("/accounts/:name/quota", (req, res) => {
  const node = findAccount(req.params.name);
  if (!node) return res.status(404).json({ error: "no such account" });
  res.json({ name: node.getAttribute("name"), quotaMb: Number(node.getAttribute("quota")) });
});

app.listen(3000);
