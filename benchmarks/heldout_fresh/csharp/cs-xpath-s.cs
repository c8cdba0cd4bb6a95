using System.Text.RegularExpressions;
using System.Xml.XPath;

public class LicenseChecker
{
    private static readonly Regex Token = new("^[A-Za-z0-9-]{1,64}$");
    private readonly XPathNavigator _nav;

    public LicenseChecker(string licensesXmlPath)
    {
        _nav = new XPathDocument(licensesXmlPath).CreateNavigator();
    }

    private static string Checked(string value) =>
        Token.IsMatch(value) ? value : throw new ArgumentException("invalid characters", nameof(value));

    private string Query(string product, string key) =>
        $"/licenses/license[product='{Checked(product)}' and key='{Checked(key)}' and @revoked='false']";

    public bool IsValid(string product, string key)
    {
        return _nav.SelectSingleNode(Query(product, key)) is not null;
    }
}

// used from: app.MapGet("/license/check", (string product, string key, LicenseChecker lc) => lc.IsValid(product, key));
