using System.Xml.XPath;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var app = WebApplication.CreateBuilder(args).Build();
var catalog = new XPathDocument("data/catalog.xml");

app.MapGet("/catalog/price", (string sku, string region) =>
{
    var nav = catalog.CreateNavigator();
    var expr = "/catalog/item[@sku='" + sku + "' and @visible='true']/price[@region='" + region + "']";
    var node = nav.SelectSingleNode(expr);
    return node is null ? Results.NotFound() : Results.Ok(new { sku, region, price = node.Value });
});

app.Run();
