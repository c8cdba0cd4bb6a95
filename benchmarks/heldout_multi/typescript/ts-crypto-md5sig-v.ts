import { createHash } from 'crypto';

const SECRET = process.env.LINK_SECRET as string;

export function signLink(path: string, expires: number): string {
  const sig = createHash('md5').update(SECRET + path + expires).digest('hex');
  return `${path}?expires=${expires}&sig=${sig}`;
}
