import { createHmac } from 'crypto';

const SECRET = process.env.LINK_SECRET as string;

export function signLink(path: string, expires: number): string {
  const sig = createHmac('sha256', SECRET).update(`${path}:${expires}`).digest('hex');
  return `${path}?expires=${expires}&sig=${sig}`;
}
