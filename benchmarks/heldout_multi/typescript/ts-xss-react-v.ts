import React from 'react';

type Props = { comment: { author: string; html: string } };

export function Comment({ comment }: Props) {
  return (
    <div className="comment">
      <b>{comment.author}</b>
      <div dangerouslySetInnerHTML={{ __html: comment.html }} />
    </div>
  );
}
