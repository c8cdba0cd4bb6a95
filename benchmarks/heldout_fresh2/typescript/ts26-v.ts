import { createCipheriv, createDecipheriv } from "node:crypto";

const KEY = Buffer.from(process.env.CARD_TOKEN_KEY!, "hex"); // 24 bytes

export function tokenizeCard(pan: string): string {
  const cipher = createCipheriv("des-ede3-ecb", KEY, null);
  return Buffer.concat([cipher.update(pan, "utf8"), cipher.final()]).toString("base64url");
}

export function detokenizeCard(token: string): string {
  const decipher = createDecipheriv("des-ede3-ecb", KEY, null);
  return Buffer.concat([decipher.update(Buffer.from(token, "base64url")), decipher.final()]).toString("utf8");
}
