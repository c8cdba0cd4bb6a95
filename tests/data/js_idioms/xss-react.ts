import DOMPurify from "dompurify";
import { marked } from "marked";
import { useSearchParams } from "next/navigation";

export function Comment({ body, author }: { body: string; author: string }) {
  // ok: js.xss.dangerously-set-inner-html
  return <div className="comment"><b>{author}</b><p>{body}</p></div>;
}

export function Markdown({ source }: { source: string }) {
  const html = DOMPurify.sanitize(marked.parse(source) as string);
  // ok: js.xss.dangerously-set-inner-html
  return <article dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SearchBanner() {
  const params = useSearchParams();
  const q = params.get("q") ?? "";
  // ruleid: js.xss.dangerously-set-inner-html
  return <h2 dangerouslySetInnerHTML={{ __html: `Results for <em>${q}</em>` }} />;
}
