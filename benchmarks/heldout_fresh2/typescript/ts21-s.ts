import type { NextFunction, Request, Response } from "express";
import jwt, { JwtPayload } from "jsonwebtoken";

export interface AuthedRequest extends Request {
  user?: { id: string; scopes: string[] };
}

const PUBLIC_KEY = process.env.AUTH_PUBLIC_KEY!;

export function requireScope(scope: string) {
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
    let payload: JwtPayload | null = null;
    try {
      payload = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"] }) as JwtPayload;
    } catch {
      payload = null;
    }
    if (!payload || typeof payload.sub !== "string") {
      return res.status(401).json({ error: "invalid token" });
    }
    const scopes: string[] = (payload.scope ?? "").split(" ");
    if (!scopes.includes(scope)) {
      return res.status(403).json({ error: "missing scope" });
    }
    req.user = { id: payload.sub, scopes };
    next();
  };
}
