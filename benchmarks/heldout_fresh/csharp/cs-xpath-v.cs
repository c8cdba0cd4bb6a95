using System.Xml.XPath;

public class LicenseChecker
{
    private readonly XPathNavigator _nav;

    public LicenseChecker(string licensesXmlPath)
    {
        _nav = new XPathDocument(licensesXmlPath).CreateNavigator();
    }

    private string Query(string product, string key) =>
        $"/licenses/license[product='{product}' and key='{key}' and @revoked='false']";

    public bool IsValid(string product, string key)
    {
        return _nav.SelectSingleNode(Query(product, key)) is not null;
    }
}

// used from: app.MapGet("/license/check", (string product, string key, LicenseChecker lc) => lc.IsValid(product, key));
