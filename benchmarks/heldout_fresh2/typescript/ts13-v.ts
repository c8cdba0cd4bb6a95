import jwt from "jsonwebtoken";

export const authConfig = {
  issuer: "billing-service",
  audience: "billing-web",
  signingKey: "9a1f3c7e5b2d8046e1c9f7a3b5d2e8c4",
  ttl: "15m",
};

export function issueAccessToken(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, authConfig.signingKey, {
    algorithm: "HS256",
    issuer: authConfig.issuer,
    audience: authConfig.audience,
    expiresIn: authConfig.ttl,
  });
}

export function verifyAccessToken(token: string) {
  return jwt.verify(token, authConfig.signingKey, {
    algorithms: ["HS256"],
    issuer: authConfig.issuer,
    audience: authConfig.audience,
  });
}
