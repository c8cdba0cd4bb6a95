import React from 'react';
import DOMPurify from 'dompurify';

type Props = { comment: { author: string; html: string } };

export function Comment({ comment }: Props) {
  return (
    <div className="comment">
      <b>{comment.author}</b>
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.html) }} />
    </div>
  );
}
