using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Security;
using System.Threading.Tasks;

public class ErpClient
{
    private readonly HttpClient _http;

    public ErpClient(string baseUrl, string apiToken)
    {
        var handler = new HttpClientHandler
        {
            // Normal chain validation; the ERP's internal CA is installed in the machine trust store.
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                errors == SslPolicyErrors.None,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        _http.DefaultRequestHeaders.Add("Authorization", "Token " + apiToken);
    }

    public Task<PurchaseOrder?> GetPurchaseOrderAsync(string number) =>
        _http.GetFromJsonAsync<PurchaseOrder>($"/api/po/{Uri.EscapeDataString(number)}");
}
