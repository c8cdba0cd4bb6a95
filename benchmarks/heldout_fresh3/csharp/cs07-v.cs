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
        card.InnerHtml.AppendHtml(new HtmlString($"<strong>{review.AuthorName}</strong>"));
        card.InnerHtml.AppendHtml(new HtmlString($"<p>{review.Body}</p>"));
        return new HtmlContentViewComponentResult(card);
    }
}
