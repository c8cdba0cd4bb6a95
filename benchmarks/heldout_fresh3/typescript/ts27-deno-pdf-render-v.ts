// Deno service: render an invoice to PDF with wkhtmltopdf and return it.
import { renderInvoiceHtml } from './invoice.ts'; // throws NotFound unless the invoice belongs to userId
import { userFromSession } from './session.ts';

Deno.serve({ port: 8080 }, async (req) => {
  const url = new URL(req.url);
  const match = url.pathname.match(/^\/invoices\/(\d+)\.pdf$/);
  if (!match) return new Response('not found', { status: 404 });
  const invoiceId = Number(match[1]);
  const user = await userFromSession(req);
  if (!user) return new Response('unauthorized', { status: 401 });

  const html = await renderInvoiceHtml(invoiceId, user.id);
  const htmlPath = `/tmp/invoice-${invoiceId}.html`;
  const pdfPath = `/tmp/invoice-${invoiceId}.pdf`;
  await Deno.writeTextFile(htmlPath, html);

  const { success } = await new Deno.Command('wkhtmltopdf', { args: ['--quiet', htmlPath, pdfPath] }).output();
  if (!success) return new Response('render failed', { status: 500 });

  const pdf = await Deno.readFile(pdfPath);
  await Promise.all([Deno.remove(htmlPath), Deno.remove(pdfPath)]);
  return new Response(pdf, { headers: { 'content-type': 'application/pdf' } });
});
