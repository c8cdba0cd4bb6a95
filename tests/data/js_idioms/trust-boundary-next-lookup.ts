import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { db } from "@/lib/db";

export async function POST(request: Request) {
  const session = await getIronSession<{ accountId?: string; plan?: string; theme?: string }>(cookies(), { password: process.env.SESSION_PASSWORD!, cookieName: "sid" });
  const { accountId, theme, plan } = await request.json();
  const account = await db.account.findUniqueOrThrow({ where: { id: String(accountId) } });
  // ok: js.flow.trust-boundary
  session.accountId = account.id;
  // ok: js.flow.trust-boundary
  session.theme = theme;
  // ruleid: js.flow.trust-boundary
  session.plan = plan;
  await session.save();
  return Response.json({ ok: true });
}
