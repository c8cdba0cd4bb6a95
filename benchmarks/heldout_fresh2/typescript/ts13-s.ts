import jwt from "jsonwebtoken";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const authConfig = {
  issuer: "billing-service",
  audience: "billing-web",
  signingKey: requireEnv("BILLING_JWT_KEY"),
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
