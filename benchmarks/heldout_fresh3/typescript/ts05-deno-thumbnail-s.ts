// Deno thumbnail service: POST an image, get a resized PNG back.
// deno run --allow-net --allow-run --allow-read --allow-write thumb.ts

async function resize(input: string, output: string, size: number): Promise<boolean> {
  const cmd = new Deno.Command('sh', {
    args: ['-c', `magick ${input} -thumbnail ${size}x${size} ${output}`],
  });
  const { code } = await cmd.output();
  return code === 0;
}

Deno.serve({ port: 8000 }, async (req) => {
  const url = new URL(req.url);
  if (req.method !== 'POST' || url.pathname !== '/thumbnail') {
    return new Response('not found', { status: 404 });
  }
  const size = Number.parseInt(url.searchParams.get('size') ?? '128', 10);
  if (!Number.isSafeInteger(size) || size < 16 || size > 1024) {
    return new Response('size must be an integer between 16 and 1024', { status: 400 });
  }
  const dir = await Deno.makeTempDir();
  const input = `${dir}/in.img`;
  const output = `${dir}/out.png`;
  await Deno.writeFile(input, new Uint8Array(await req.arrayBuffer()));
  try {
    if (!(await resize(input, output, size))) return new Response('conversion failed', { status: 422 });
    return new Response(await Deno.readFile(output), { headers: { 'content-type': 'image/png' } });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
