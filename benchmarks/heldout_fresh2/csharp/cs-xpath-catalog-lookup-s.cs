using System.Text.RegularExpressions;
using System.Xml.XPath;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateBuilder(args).Build();
var catalog = new XPathDocument("data/catalog.xml");
var skuRx = new Regex("^[A-Z0-9-]{3,20}$");
var regions = new[] { "eu", "us", "apac" };

app.MapGet("/catalog/price", (string sku, string region) =>
{
    if (!skuRx.IsMatch(sku) || Array.IndexOf(regions, region) < 0)
        return Results.BadRequest();
    var nav = catalog.CreateNavigator();
    var expr = "/catalog/item[@sku='" + sku + "' and @visible='true']/price[@region='" + region + "']";
    var node = nav.SelectSingleNode(expr);
    return node is null ? Results.NotFound() : Results.Ok(new { sku, region, price = node.Value });
});

app.Run();
