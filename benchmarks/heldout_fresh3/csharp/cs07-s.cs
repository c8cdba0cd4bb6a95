using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;

[ViewComponent(Name = "ReviewCard")]
public class ReviewCardViewComponent : ViewComponent
{
    private readonly IReviewStore _reviews;

    public ReviewCardViewComponent(IReviewStore reviews) => _reviews = reviews;

    // Reviews are submitted by customers through the public product page.
    public IViewComponentResult Invoke(int reviewId)
    {
        var review = _reviews.Get(reviewId);
        var card = new TagBuilder("div");
        card.AddCssClass("review-card");
        var author = new TagBuilder("strong");
        author.InnerHtml.Append(review.AuthorName);
        var body = new TagBuilder("p");
        body.InnerHtml.Append(review.Body);
        card.InnerHtml.AppendHtml(author);
        card.InnerHtml.AppendHtml(body);
        return new HtmlContentViewComponentResult(card);
    }
}
