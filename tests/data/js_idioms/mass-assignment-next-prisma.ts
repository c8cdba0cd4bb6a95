import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";

const ProfileInput = z.object({ name: z.string().max(80), bio: z.string().max(500).optional() });

export async function PUT(req: NextRequest) {
  const body = await req.json();
  // ruleid: js.flow.mass-assignment
  const updated = await prisma.user.update({
    where: { id: "me" },
    data: body,
  });
  return NextResponse.json(updated);
}

export async function PATCH(req: NextRequest) {
  const input = ProfileInput.parse(await req.json());
  // ok: js.flow.mass-assignment
  const updated = await prisma.user.update({ where: { id: "me" }, data: input });
  return NextResponse.json(updated);
}

export async function POST(req: NextRequest) {
  const { name, bio } = await req.json();
  // ok: js.flow.mass-assignment
  const created = await prisma.profile.create({ data: { name, bio } });
  return NextResponse.json(created, { status: 201 });
}
