import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { getSessionUser } from "@/lib/auth";

export async function PUT(req: NextRequest) {
  const me = await getSessionUser(req);
  if (!me) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const body = await req.json();
  const updated = await prisma.user.update({
    where: { id: me.id },
    data: body,
    select: { id: true, name: true, bio: true, website: true },
  });
  return NextResponse.json(updated);
}
