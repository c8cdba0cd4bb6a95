import { NextRequest, NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function GET(req: NextRequest) {
  const country = req.nextUrl.searchParams.get('country') ?? 'US';
  const users = await prisma.$queryRawUnsafe(`SELECT id, name FROM "User" WHERE country = '${country}'`);
  return NextResponse.json(users);
}
