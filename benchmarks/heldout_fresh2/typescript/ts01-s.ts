import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";

type EventRow = { id: number; title: string; starts_at: Date; city: string };

export async function GET(req: NextRequest) {
  const city = req.nextUrl.searchParams.get("city") ?? "";
  const from = req.nextUrl.searchParams.get("from") ?? new Date().toISOString();

  const events = await prisma.$queryRaw<EventRow[]>`
    SELECT id, title, starts_at, city FROM events
    WHERE city = ${city} AND starts_at >= ${new Date(from)}
    ORDER BY starts_at LIMIT 50`;

  return NextResponse.json({ events });
}
