using System.Net.Http.Json;
using System.Net.Security;

public sealed class ShippingRatesClient
{
    private readonly HttpClient _client;

    public ShippingRatesClient(string baseAddress)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None,
        };
        _client = new HttpClient(handler) { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task<decimal> QuoteAsync(string fromZip, string toZip, decimal weightKg)
    {
        var quote = await _client.GetFromJsonAsync<RateQuote>($"rates?from={fromZip}&to={toZip}&kg={weightKg}");
        return quote?.Amount ?? throw new InvalidOperationException("no quote");
    }
}

public record RateQuote(decimal Amount, string Currency);
