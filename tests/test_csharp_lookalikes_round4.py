"""Safe C# look-alikes that no rule may flag, each scanned as its own snippet, plus unsafe twins that must be.

Written the way a careful answer writes them, across ASP.NET Core (controllers, minimal APIs, Razor Pages), EF
Core, Dapper, ADO.NET, Npgsql, System.Xml, System.Text.Json/Newtonsoft, DirectoryServices, the MongoDB driver
and JwtBearer: the idiom that makes each safe sits in a helper class, a typed service, a top-level action, a
config object or an early return. Each safe snippet is also free of the other classes' flaws, so any finding
is a false positive. The rule fixtures under rules/csharp/fixtures hold many cases in one snippet; checks
that count anywhere in a snippet need snippets of their own.
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

SAFE = {
    'sql dapper params in repository helper': r'''
public sealed class OrderRepository
{
    private readonly string _connectionString;
    public OrderRepository(IConfiguration config) => _connectionString = config.GetConnectionString("Orders");

    public async Task<IEnumerable<Order>> FindByCustomerAsync(string customer, string status)
    {
        const string sql = "SELECT Id, Total FROM Orders WHERE Customer = @customer AND Status = @status";
        await using var conn = new SqlConnection(_connectionString);
        return await conn.QueryAsync<Order>(sql, new { customer, status });
    }
}

[ApiController]
[Route("api/orders")]
public class OrdersController : ControllerBase
{
    private readonly OrderRepository _repo;
    public OrdersController(OrderRepository repo) => _repo = repo;

    [HttpGet]
    public async Task<IActionResult> Get([FromQuery] string customer, [FromQuery] string status)
        => Ok(await _repo.FindByCustomerAsync(customer, status));
}
''',
    'sql ado parameters added by helper': r'''
public static class Db
{
    public static SqlCommand Command(SqlConnection conn, string sql, params (string Name, object Value)[] args)
    {
        var cmd = new SqlCommand(sql, conn);
        foreach (var (name, value) in args)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }
}

app.MapGet("/users/search", async (string email, IConfiguration cfg) =>
{
    using var conn = new SqlConnection(cfg.GetConnectionString("Main"));
    await conn.OpenAsync();
    using var cmd = Db.Command(conn, "SELECT Id, Name FROM Users WHERE Email = @email", ("@email", email));
    using var reader = await cmd.ExecuteReaderAsync();
    var names = new List<string>();
    while (await reader.ReadAsync()) names.Add(reader.GetString(1));
    return Results.Ok(names);
});
''',
    'sql ef core interpolated and sort allow-list': r'''
public class ProductsController : Controller
{
    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["name"] = "Name",
        ["price"] = "Price",
    };
    private readonly ShopContext _db;
    public ProductsController(ShopContext db) { _db = db; }

    public async Task<IActionResult> Index(string category, string sort)
    {
        var column = SortColumns.TryGetValue(sort ?? "", out var c) ? c : "Name";
        var items = await _db.Products
            .FromSqlInterpolated($"SELECT * FROM Products WHERE Category = {category}")
            .ToListAsync();
        var sql = "SELECT * FROM Products ORDER BY " + column;
        var all = await _db.Products.FromSqlRaw(sql).ToListAsync();
        return View(items.Concat(all));
    }
}
''',
    'sql id parsed as int': r'''
[HttpGet("{id}")]
public IActionResult Details(string id)
{
    if (!int.TryParse(id, out var orderId)) return BadRequest();
    using var conn = new SqlConnection(_connectionString);
    conn.Open();
    using var cmd = new SqlCommand($"SELECT * FROM Orders WHERE Id = {orderId}", conn);
    using var reader = cmd.ExecuteReader();
    return Ok(reader.HasRows);
}
''',
    'command argument list': r'''
[HttpPost("convert")]
public async Task<IActionResult> Convert([FromForm] string fileName)
{
    var safeName = Path.GetFileName(fileName);
    var psi = new ProcessStartInfo
    {
        FileName = "ffmpeg",
        UseShellExecute = false,
        RedirectStandardOutput = true,
    };
    psi.ArgumentList.Add("-i");
    psi.ArgumentList.Add(Path.Combine(_uploads, safeName));
    psi.ArgumentList.Add(Path.Combine(_output, Path.ChangeExtension(safeName, ".mp4")));
    using var proc = Process.Start(psi)!;
    await proc.WaitForExitAsync();
    return Ok(proc.ExitCode);
}
''',
    'command tool from allow-list': r'''
public class DiagnosticsController : ControllerBase
{
    private static readonly IReadOnlyDictionary<string, string> Tools = new Dictionary<string, string>
    {
        ["uptime"] = "/usr/bin/uptime",
        ["disk"] = "/bin/df",
    };

    [HttpGet("diag/{tool}")]
    public IActionResult Run(string tool)
    {
        if (!Tools.TryGetValue(tool, out var exe)) return NotFound();
        using var p = Process.Start(new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardOutput = true });
        return Content(p!.StandardOutput.ReadToEnd(), "text/plain");
    }
}
''',
    'path normalized and contained in helper': r'''
public class FileStore
{
    private readonly string _root;
    public FileStore(IOptions<StorageOptions> options) => _root = Path.GetFullPath(options.Value.Root);

    public string Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UnauthorizedAccessException("outside storage root");
        return full;
    }
}

app.MapGet("/files/{*name}", (string name, FileStore store) =>
{
    try
    {
        var path = store.Resolve(name);
        return File.Exists(path) ? Results.File(path) : Results.NotFound();
    }
    catch (UnauthorizedAccessException)
    {
        return Results.BadRequest();
    }
});
''',
    'path file name only': r'''
public class DownloadsController : Controller
{
    private readonly IWebHostEnvironment _env;
    public DownloadsController(IWebHostEnvironment env) { _env = env; }

    public IActionResult Get(string name)
    {
        var fileName = Path.GetFileName(name);
        if (string.IsNullOrEmpty(fileName)) return BadRequest();
        var path = Path.Combine(_env.ContentRootPath, "downloads", fileName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, "application/octet-stream", fileName);
    }
}
''',
    'xss html encoder': r'''
app.MapGet("/hello", (string name, HtmlEncoder encoder) =>
{
    var html = $"<h1>Hello {encoder.Encode(name)}</h1>";
    return Results.Content(html, "text/html");
});
''',
    'xss webutility encode in helper': r'''
public class GreetingController : Controller
{
    private static string Safe(string s) => WebUtility.HtmlEncode(s ?? string.Empty);

    [HttpGet]
    public ContentResult Welcome(string user)
    {
        return Content("<p>Welcome, " + Safe(user) + "</p>", "text/html");
    }
}
''',
    'xss razor page model property': r'''
public class SearchModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }
    public List<Item> Results { get; private set; } = new();

    public void OnGet()
    {
        ViewData["Title"] = "Search: " + Query;
        Results = _catalog.Search(Query ?? "");
    }
}
''',
    'xss plain text content': r'''
[HttpGet("echo")]
public IActionResult Echo([FromQuery] string message)
{
    return Content(message, "text/plain");
}
''',
    'ssrf exact host check': r'''
public class PreviewService
{
    private static readonly HashSet<string> AllowedHosts = new(StringComparer.OrdinalIgnoreCase) { "images.example.com", "cdn.example.com" };
    private readonly HttpClient _http;
    public PreviewService(HttpClient http) => _http = http;

    public async Task<byte[]?> FetchAsync(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps || !AllowedHosts.Contains(uri.Host)) return null;
        return await _http.GetByteArrayAsync(uri);
    }
}

app.MapGet("/preview", async (string url, PreviewService svc) =>
    await svc.FetchAsync(url) is { } bytes ? Results.File(bytes, "image/png") : Results.BadRequest());
''',
    'ssrf fixed base with escaped path': r'''
[HttpGet("weather/{city}")]
public async Task<IActionResult> Weather(string city)
{
    var client = _factory.CreateClient("weather");
    var response = await client.GetAsync($"https://api.weather.example.com/v1/current?city={Uri.EscapeDataString(city)}");
    return Content(await response.Content.ReadAsStringAsync(), "application/json");
}
''',
    'redirect local url check': r'''
public class AccountController : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginViewModel model, string? returnUrl = null)
    {
        if (!ModelState.IsValid) return View(model);
        var result = await _signInManager.PasswordSignInAsync(model.Email, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded) { ModelState.AddModelError("", "Invalid login"); return View(model); }
        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))
            return Redirect(returnUrl);
        return RedirectToAction("Index", "Home");
    }
}
''',
    'redirect local redirect result': r'''
app.MapGet("/go", (string next) => Results.LocalRedirect(next));

public class LinkController : Controller
{
    public IActionResult Continue(string target) => LocalRedirect(target ?? "/");
}
''',
    'xxe hardened reader settings': r'''
public static XDocument LoadUpload(Stream body)
{
    var settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
    };
    using var reader = XmlReader.Create(body, settings);
    return XDocument.Load(reader);
}

[HttpPost("import")]
public IActionResult Import() => Ok(LoadUpload(Request.Body).Root?.Name.LocalName);
''',
    'xxe xmldocument resolver null': r'''
public Invoice ParseInvoice(string xml)
{
    var doc = new XmlDocument { XmlResolver = null };
    doc.LoadXml(xml);
    return new Invoice(doc.SelectSingleNode("/invoice/number")?.InnerText ?? "");
}
''',
    'deserialize system text json dto': r'''
public record CreateOrder(string Sku, int Quantity);

app.MapPost("/orders", async (HttpRequest request) =>
{
    var order = await JsonSerializer.DeserializeAsync<CreateOrder>(request.Body, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
    return order is null ? Results.BadRequest() : Results.Created($"/orders/{order.Sku}", order);
});
''',
    'deserialize newtonsoft type name none': r'''
public class WebhookController : ControllerBase
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 32,
    };

    [HttpPost("webhook")]
    public async Task<IActionResult> Receive()
    {
        using var reader = new StreamReader(Request.Body);
        var payload = JsonConvert.DeserializeObject<WebhookEvent>(await reader.ReadToEndAsync(), Settings);
        return payload == null ? BadRequest() : Ok();
    }
}
''',
    'ldap filter escaped': r'''
public static class LdapFilter
{
    public static string Escape(string value)
    {
        var sb = new StringBuilder();
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\5c"); break;
                case '*': sb.Append("\\2a"); break;
                case '(': sb.Append("\\28"); break;
                case ')': sb.Append("\\29"); break;
                case '\0': sb.Append("\\00"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}

[HttpGet("directory")]
public IActionResult Find(string user)
{
    using var entry = new DirectoryEntry(_ldapPath);
    using var searcher = new DirectorySearcher(entry) { Filter = $"(&(objectClass=user)(sAMAccountName={LdapFilter.Escape(user)}))" };
    var result = searcher.FindOne();
    return result == null ? NotFound() : Ok(result.Path);
}
''',
    'ldap account name validated': r'''
private static readonly Regex AccountName = new("^[a-zA-Z0-9._-]{1,64}$", RegexOptions.Compiled);

public SearchResult? Lookup(string account)
{
    if (!AccountName.IsMatch(account)) throw new ArgumentException("bad account name");
    var searcher = new DirectorySearcher(new DirectoryEntry("LDAP://dc=corp,dc=example,dc=com"))
    {
        Filter = "(sAMAccountName=" + account + ")",
    };
    return searcher.FindOne();
}
''',
    'xpath variables through context': r'''
[HttpGet("books")]
public IActionResult Books(string author)
{
    var doc = new XPathDocument(_catalogPath);
    var nav = doc.CreateNavigator();
    var expr = XPathExpression.Compile("/catalog/book[author=$author]/title");
    var ctx = new XsltArgumentContext();
    ctx.AddVariable("author", author);
    expr.SetContext(ctx);
    var titles = new List<string>();
    foreach (XPathNavigator n in nav.Select(expr)) titles.Add(n.Value);
    return Ok(titles);
}
''',
    'xpath id parsed as int': r'''
public string? ProductName(string id)
{
    if (!int.TryParse(id, out var productId)) return null;
    var doc = new XmlDocument { XmlResolver = null };
    doc.Load(_path);
    return doc.SelectSingleNode($"/products/product[@id={productId}]/name")?.InnerText;
}
''',
    'nosql builders filter': r'''
public class UsersController : ControllerBase
{
    private readonly IMongoCollection<User> _users;
    public UsersController(IMongoDatabase db) => _users = db.GetCollection<User>("users");

    [HttpGet("users/by-name")]
    public async Task<IActionResult> ByName([FromQuery] string name)
    {
        var filter = Builders<User>.Filter.Eq(u => u.Name, name);
        var user = await _users.Find(filter).FirstOrDefaultAsync();
        return user is null ? NotFound() : Ok(new { user.Id, user.Name });
    }
}
''',
    'nosql linq where': r'''
app.MapGet("/products", async (string category, IMongoCollection<Product> products) =>
{
    var list = await products.Find(p => p.Category == category && p.Active).Limit(50).ToListAsync();
    return Results.Ok(list);
});
''',
    'log value with line breaks removed': r'''
public static class LogSafe
{
    public static string Clean(string? s) => (s ?? "").Replace("\r", "").Replace("\n", "");
}

app.MapGet("/track", (string campaign, ILogger<Program> log) =>
{
    log.LogInformation("campaign hit: " + LogSafe.Clean(campaign));
    return Results.NoContent();
});
''',
    'header value crlf stripped': r'''
[HttpGet("download/{name}")]
public IActionResult Download(string name)
{
    var clean = new string(name.Where(ch => !char.IsControl(ch)).ToArray());
    Response.Headers["Content-Disposition"] = $"attachment; filename=\"{clean}\"";
    return File(_store.Open(Path.GetFileName(clean)), "application/octet-stream");
}
''',
    'header content disposition builder': r'''
app.MapGet("/export", (string fileName, HttpResponse response) =>
{
    var cd = new ContentDispositionHeaderValue("attachment");
    cd.SetHttpFileName(fileName);
    response.Headers[HeaderNames.ContentDisposition] = cd.ToString();
    return Results.Text("id,name\n");
});
''',
    'crypto aes gcm with key from config': r'''
public sealed class TokenProtector
{
    private readonly byte[] _key;
    public TokenProtector(IConfiguration config) => _key = Convert.FromBase64String(config["Crypto:Key"]!);

    public byte[] Protect(byte[] plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plaintext.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plaintext, cipher, tag);
        return nonce.Concat(cipher).Concat(tag).ToArray();
    }
}
''',
    'random for non secret shuffle': r'''
public static class QuizBuilder
{
    private static readonly Random Rng = new();

    public static List<Question> Shuffle(IEnumerable<Question> questions)
    {
        var list = questions.ToList();
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = Rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
''',
    'random secure token': r'''
public static string NewResetToken()
{
    var bytes = RandomNumberGenerator.GetBytes(32);
    return WebEncoders.Base64UrlEncode(bytes);
}

public static int RetryJitterMs(int attempt) => Random.Shared.Next(0, 100) + attempt * 200;
''',
    'hash sha256 file checksum': r'''
public static async Task<string> ChecksumAsync(string path)
{
    await using var stream = File.OpenRead(path);
    using var sha = SHA256.Create();
    var hash = await sha.ComputeHashAsync(stream);
    return Convert.ToHexString(hash);
}
''',
    'password hash pbkdf2': r'''
public static class PasswordHasher
{
    private const int Iterations = 210_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('.');
        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, int.Parse(parts[0]), HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
''',
    'password hash identity hasher': r'''
public class RegisterService
{
    private readonly IPasswordHasher<AppUser> _hasher;
    public RegisterService(IPasswordHasher<AppUser> hasher) => _hasher = hasher;

    public AppUser Create(string email, string password)
    {
        var user = new AppUser { Email = email };
        user.PasswordHash = _hasher.HashPassword(user, password);
        return user;
    }
}
''',
    'secret from environment and options': r'''
public class JwtOptions
{
    public string Issuer { get; set; } = "";
    public string SigningKey { get; set; } = "";
}

var builder = WebApplication.CreateBuilder(args);
var jwt = builder.Configuration.GetSection("Jwt").Get<JwtOptions>()!;
var signingKey = Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? jwt.SigningKey;
if (string.IsNullOrWhiteSpace(signingKey)) throw new InvalidOperationException("JWT signing key missing");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
{
    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidateIssuer = true,
        ValidIssuer = jwt.Issuer,
        ValidateAudience = true,
        ValidAudience = "api",
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
    };
});
''',
    'connection string from config': r'''
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("Connection string 'Default' not found.");
builder.Services.AddDbContext<AppDbContext>(options => options.UseSqlServer(connectionString));
var smtpPassword = builder.Configuration["Smtp:Password"];
var smtp = new SmtpClient("smtp.example.com") { Credentials = new NetworkCredential("mailer", smtpPassword), EnableSsl = true };
''',
    'tls default handler with client cert': r'''
var handler = new HttpClientHandler
{
    ClientCertificateOptions = ClientCertificateOption.Manual,
    SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
};
handler.ClientCertificates.Add(X509Certificate2.CreateFromPemFile(certPath, keyPath));
using var client = new HttpClient(handler) { BaseAddress = new Uri("https://partner.example.com") };
''',
    'tls pinned thumbprint callback': r'''
private const string PinnedThumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9011223344";

var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
        errors == SslPolicyErrors.None && cert != null &&
        string.Equals(cert.GetCertHashString(), PinnedThumbprint, StringComparison.OrdinalIgnoreCase),
};
var client = new HttpClient(handler);
''',
    'cookie with flags': r'''
[HttpPost("prefs")]
public IActionResult SavePrefs([FromForm] string theme)
{
    var value = theme == "dark" ? "dark" : "light";
    Response.Cookies.Append("theme", value, new CookieOptions
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        Expires = DateTimeOffset.UtcNow.AddYears(1),
    });
    return NoContent();
}
''',
    'cookie policy configured': r'''
builder.Services.ConfigureApplicationCookie(options =>
{
    options.Cookie.HttpOnly = true;
    options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
});
''',
    'trust boundary session after validation': r'''
public class CartController : Controller
{
    [HttpPost]
    public IActionResult SetCurrency(string currency)
    {
        var allowed = new[] { "USD", "EUR", "GBP" };
        if (!allowed.Contains(currency)) return BadRequest();
        HttpContext.Session.SetString("currency", currency);
        return RedirectToAction(nameof(Index));
    }
}
''',
    'trust boundary session from signed in user': r'''
[HttpPost]
public async Task<IActionResult> Login(LoginModel model)
{
    var user = await _userManager.FindByNameAsync(model.UserName);
    if (user == null || !await _userManager.CheckPasswordAsync(user, model.Password)) return Unauthorized();
    HttpContext.Session.SetString("UserId", user.Id);
    return Ok();
}
''',
    'jwt validated with handler': r'''
public ClaimsPrincipal? Validate(string token)
{
    var handler = new JwtSecurityTokenHandler();
    var parameters = new TokenValidationParameters
    {
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = _signingKey,
        ValidateIssuer = true,
        ValidIssuer = _issuer,
        ValidateAudience = true,
        ValidAudience = _audience,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromMinutes(1),
    };
    try { return handler.ValidateToken(token, parameters, out _); }
    catch (SecurityTokenException) { return null; }
}
''',
    'jwt read token after validation for claims': r'''
public async Task<string?> SubjectAsync(string token)
{
    var handler = new JsonWebTokenHandler();
    var result = await handler.ValidateTokenAsync(token, _parameters);
    if (!result.IsValid) return null;
    var jwt = handler.ReadJsonWebToken(token);
    return jwt.Subject;
}
''',
    'regex escaped user term': r'''
app.MapGet("/search", (string q, IEnumerable<Article> articles) =>
{
    var pattern = new Regex(Regex.Escape(q), RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));
    return Results.Ok(articles.Where(a => pattern.IsMatch(a.Title)));
});
''',
    'regex fixed pattern on user input': r'''
[HttpGet("validate")]
public IActionResult ValidateZip([FromQuery] string zip)
{
    var ok = Regex.IsMatch(zip, @"^\d{5}(-\d{4})?$", RegexOptions.None, TimeSpan.FromMilliseconds(100));
    return Ok(new { valid = ok });
}
''',
    'timing fixed time equals api key': r'''
public class ApiKeyMiddleware
{
    private readonly RequestDelegate _next;
    private readonly byte[] _expected;
    public ApiKeyMiddleware(RequestDelegate next, IConfiguration config)
    {
        _next = next;
        _expected = Encoding.UTF8.GetBytes(config["ApiKey"] ?? throw new InvalidOperationException());
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var provided = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].ToString());
        if (!CryptographicOperations.FixedTimeEquals(provided, _expected))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await _next(context);
    }
}
''',
    'timing hmac verify webhook': r'''
public static bool VerifySignature(string body, string signatureHeader, byte[] secret)
{
    using var hmac = new HMACSHA256(secret);
    var computed = hmac.ComputeHash(Encoding.UTF8.GetBytes(body));
    var provided = Convert.FromHexString(signatureHeader);
    return CryptographicOperations.FixedTimeEquals(computed, provided);
}
''',
    'stack trace logged generic problem': r'''
[HttpGet("{id:int}")]
public async Task<IActionResult> Get(int id)
{
    try
    {
        return Ok(await _service.LoadAsync(id));
    }
    catch (Exception ex)
    {
        _logger.LogError(ex, "Failed to load report {Id}", id);
        return Problem(title: "An unexpected error occurred.", statusCode: 500);
    }
}
''',
    'stack trace exception handler middleware': r'''
var app = builder.Build();
if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
{
    var feature = context.Features.Get<IExceptionHandlerFeature>();
    app.Logger.LogError(feature?.Error, "Unhandled");
    context.Response.StatusCode = 500;
    await context.Response.WriteAsJsonAsync(new { error = "Internal server error", traceId = context.TraceIdentifier });
}));
''',
    'mass assignment dto mapped': r'''
public record UpdateProfileDto(string DisplayName, string Bio);

[Authorize]
[HttpPut("profile")]
public async Task<IActionResult> UpdateProfile([FromBody] UpdateProfileDto dto)
{
    var user = await _db.Users.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier));
    if (user is null) return NotFound();
    user.DisplayName = dto.DisplayName;
    user.Bio = dto.Bio;
    await _db.SaveChangesAsync();
    return NoContent();
}
''',
    'mass assignment bind include': r'''
public class ProductsController : Controller
{
    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([Bind("Name,Description,Price")] Product product)
    {
        if (!ModelState.IsValid) return View(product);
        _context.Add(product);
        await _context.SaveChangesAsync();
        return RedirectToAction(nameof(Index));
    }
}
''',
    'mass assignment try update model allow list': r'''
[HttpPost, ActionName("Edit")]
[ValidateAntiForgeryToken]
public async Task<IActionResult> EditPost(int id)
{
    var student = await _context.Students.FirstOrDefaultAsync(s => s.Id == id);
    if (student == null) return NotFound();
    if (await TryUpdateModelAsync(student, "", s => s.FirstName, s => s.LastName, s => s.EnrollmentDate))
    {
        await _context.SaveChangesAsync();
        return RedirectToAction(nameof(Index));
    }
    return View(student);
}
''',
    'temp file get temp file name': r'''
public static async Task<string> SaveUploadAsync(IFormFile upload)
{
    var tempPath = Path.GetTempFileName();
    await using var stream = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.None);
    await upload.CopyToAsync(stream);
    return tempPath;
}
''',
    'temp file random name in private dir': r'''
public static string WriteReport(string contents)
{
    var dir = Directory.CreateTempSubdirectory("reports-");
    var path = Path.Combine(dir.FullName, $"{Guid.NewGuid():N}.csv");
    File.WriteAllText(path, contents);
    return path;
}
''',
    'zip slip checked after normalization': r'''
public static void ExtractTo(string zipPath, string destination)
{
    var root = Path.GetFullPath(destination);
    if (!root.EndsWith(Path.DirectorySeparatorChar)) root += Path.DirectorySeparatorChar;
    using var archive = ZipFile.OpenRead(zipPath);
    foreach (var entry in archive.Entries)
    {
        var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
        if (!target.StartsWith(root, StringComparison.Ordinal))
            throw new IOException($"Entry {entry.FullName} escapes the target folder");
        if (string.IsNullOrEmpty(entry.Name)) { Directory.CreateDirectory(target); continue; }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        entry.ExtractToFile(target, overwrite: true);
    }
}
''',
    'zip slip extract to directory api': r'''
[HttpPost("themes")]
public async Task<IActionResult> UploadTheme(IFormFile package)
{
    var dest = Path.Combine(_env.ContentRootPath, "themes", Guid.NewGuid().ToString("N"));
    await using var stream = package.OpenReadStream();
    using var archive = new ZipArchive(stream);
    archive.ExtractToDirectory(dest);
    return Ok();
}
''',
    'code injection none: scripting with fixed expression': r'''
public static async Task<int> SumAsync(int a, int b)
{
    var options = ScriptOptions.Default;
    return await CSharpScript.EvaluateAsync<int>("A + B", options, globals: new Globals { A = a, B = b });
}
''',
    'empty password none: length check': r'''
public IActionResult ChangePassword(ChangePasswordModel model)
{
    if (string.IsNullOrEmpty(model.NewPassword) || model.NewPassword.Length < 12)
    {
        ModelState.AddModelError(nameof(model.NewPassword), "Password must be at least 12 characters.");
        return View(model);
    }
    var password = "";
    password = model.NewPassword;
    return Ok();
}
''',
    'identity options password policy': r'''
builder.Services.Configure<IdentityOptions>(options =>
{
    options.Password.RequireDigit = true;
    options.Password.RequiredLength = 12;
    options.Password.RequireNonAlphanumeric = true;
    options.Lockout.MaxFailedAccessAttempts = 5;
});
''',
    'log sanitized value in structured template': r'''
[HttpPost("login")]
public async Task<IActionResult> Login([FromBody] LoginRequest req)
{
    var user = req.UserName.Replace(Environment.NewLine, "").Replace("\n", "").Replace("\r", "");
    _logger.LogInformation("Login attempt for {User}", user);
    return await _auth.CheckAsync(req.UserName, req.Password) ? Ok() : Unauthorized();
}
''',
    'log numeric id only': r'''
[HttpDelete("{id}")]
public async Task<IActionResult> Delete(int id)
{
    _logger.LogWarning("Deleting order {OrderId}", id);
    await _orders.DeleteAsync(id);
    return NoContent();
}
''',
    'sql razor page handler with parameters': r'''
public class CustomersModel : PageModel
{
    private readonly string _cs;
    public CustomersModel(IConfiguration config) => _cs = config.GetConnectionString("Crm")!;
    public List<string> Names { get; } = new();

    public async Task OnGetAsync(string? city)
    {
        await using var conn = new NpgsqlConnection(_cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT name FROM customers WHERE city = $1", conn);
        cmd.Parameters.AddWithValue(city ?? "");
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Names.Add(reader.GetString(0));
    }
}
''',
    'sql dapper dynamic parameters and column allow-list': r'''
public IActionResult Search(string name, string orderBy)
{
    var allowed = new HashSet<string> { "Name", "CreatedAt" };
    var column = allowed.Contains(orderBy) ? orderBy : "Name";
    var p = new DynamicParameters();
    p.Add("@name", "%" + name + "%");
    var sql = $"SELECT * FROM Customers WHERE Name LIKE @name ORDER BY {column}";
    using var db = new SqlConnection(_cs);
    return Ok(db.Query<Customer>(sql, p));
}
''',
    'sql linq ef query': r'''
public async Task<IActionResult> ByEmail(string email)
{
    var user = await _context.Users.AsNoTracking().Where(u => u.Email == email).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync();
    return user == null ? NotFound() : Ok(user);
}
''',
    'sql execute sql interpolated': r'''
[HttpPost("archive")]
public async Task<IActionResult> Archive([FromForm] string customer)
{
    var rows = await _db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Orders SET Archived = 1 WHERE Customer = {customer}");
    return Ok(rows);
}
''',
    'path guid file name upload': r'''
[HttpPost("upload")]
public async Task<IActionResult> Upload(IFormFile file)
{
    var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
    var permitted = new[] { ".png", ".jpg", ".pdf" };
    if (!permitted.Contains(ext)) return BadRequest("type not allowed");
    var path = Path.Combine(_uploadRoot, $"{Guid.NewGuid()}{ext}");
    await using var stream = System.IO.File.Create(path);
    await file.CopyToAsync(stream);
    return Ok(new { stored = Path.GetFileName(path) });
}
''',
    'path relative path check': r'''
public IActionResult Read(string doc)
{
    var root = Path.GetFullPath(Path.Combine(_env.ContentRootPath, "docs"));
    var full = Path.GetFullPath(Path.Combine(root, doc));
    var rel = Path.GetRelativePath(root, full);
    if (rel.StartsWith("..") || Path.IsPathRooted(rel)) return Forbid();
    return Content(System.IO.File.ReadAllText(full), "text/plain");
}
''',
    'path file provider': r'''
app.MapGet("/static/{name}", (string name, IWebHostEnvironment env) =>
{
    var info = env.WebRootFileProvider.GetFileInfo(Path.GetFileName(name));
    return info.Exists ? Results.File(info.CreateReadStream(), "application/octet-stream") : Results.NotFound();
});
''',
    'xss view with model': r'''
public IActionResult Profile(string username)
{
    var model = new ProfileViewModel { UserName = username, Joined = DateTime.UtcNow };
    ViewBag.Greeting = "Hi " + username;
    return View(model);
}
''',
    'xss json result': r'''
[HttpGet("echo")]
public IActionResult Echo(string text) => Json(new { text, length = text?.Length ?? 0 });
''',
    'xss html content builder': r'''
public IActionResult Badge(string label)
{
    var tag = new TagBuilder("span");
    tag.AddCssClass("badge");
    tag.InnerHtml.Append(label);
    using var writer = new StringWriter();
    tag.WriteTo(writer, HtmlEncoder.Default);
    return Content(writer.ToString(), "text/html");
}
''',
    'xss results text': r'''
app.MapGet("/greet/{name}", (string name) => Results.Text($"Hello, {name}!"));
app.MapGet("/greet2/{name}", (string name) => $"Hello, {name}!");
''',
    'ssrf named client with relative path': r'''
builder.Services.AddHttpClient("github", c => c.BaseAddress = new Uri("https://api.github.com/"));

app.MapGet("/repos/{owner}", async (string owner, IHttpClientFactory factory) =>
{
    if (!Regex.IsMatch(owner, "^[A-Za-z0-9-]{1,39}$")) return Results.BadRequest();
    var client = factory.CreateClient("github");
    var json = await client.GetStringAsync($"users/{owner}/repos");
    return Results.Content(json, "application/json");
});
''',
    'ssrf host compared with uri parser': r'''
public async Task<IActionResult> Fetch(string url)
{
    if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || target.Host != "reports.example.com" || target.Scheme != "https")
        return BadRequest();
    var body = await _http.GetStringAsync(target);
    return Content(body, "text/plain");
}
''',
    'redirect path allow-list': r'''
private static readonly string[] AllowedReturnPaths = { "/", "/dashboard", "/settings" };

public IActionResult Done(string returnTo)
{
    if (!AllowedReturnPaths.Contains(returnTo)) returnTo = "/";
    return Redirect(returnTo);
}
''',
    'redirect url helper action': r'''
public IActionResult Next(string page)
{
    return RedirectToAction("Index", "Docs", new { page });
}
''',
    'redirect relative uri check': r'''
app.MapGet("/continue", (string next) =>
{
    if (!Uri.TryCreate(next, UriKind.Relative, out _) || !next.StartsWith('/') || next.StartsWith("//") || next.StartsWith("/\\"))
        return Results.Redirect("/");
    return Results.Redirect(next);
});
''',
    'xxe xdocument parse default': r'''
[HttpPost("feed")]
public async Task<IActionResult> Feed()
{
    using var reader = new StreamReader(Request.Body);
    var doc = XDocument.Parse(await reader.ReadToEndAsync());
    var titles = doc.Descendants("title").Select(t => t.Value).ToList();
    return Ok(titles);
}
''',
    'xxe xml serializer with safe reader': r'''
public static T? FromXml<T>(string xml) where T : class
{
    var serializer = new XmlSerializer(typeof(T));
    using var sr = new StringReader(xml);
    using var xr = XmlReader.Create(sr, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
    return serializer.Deserialize(xr) as T;
}
''',
    'deserialize known type binder': r'''
public class OrderController : ControllerBase
{
    [HttpPost("import")]
    public IActionResult Import([FromBody] JsonElement body)
    {
        var order = body.Deserialize<OrderDto>();
        if (order is null || order.Quantity <= 0) return BadRequest();
        return Ok(order);
    }
}
''',
    'deserialize data contract typed': r'''
public static Settings LoadSettings(Stream stream)
{
    var serializer = new DataContractJsonSerializer(typeof(Settings));
    return (Settings)serializer.ReadObject(stream)!;
}
''',
    'nosql filter definition builder and regex escaped': r'''
[HttpGet("products")]
public async Task<IActionResult> Products(string q, string category)
{
    var builder = Builders<Product>.Filter;
    var filter = builder.Eq(p => p.Category, category) &
                 builder.Regex(p => p.Name, new BsonRegularExpression(Regex.Escape(q), "i"));
    return Ok(await _products.Find(filter).ToListAsync());
}
''',
    'nosql bson document with value': r'''
public async Task<IActionResult> ByTag(string tag)
{
    var filter = new BsonDocument("tags", tag);
    var docs = await _collection.Find(filter).ToListAsync();
    return Ok(docs.Select(d => d["_id"].ToString()));
}
''',
    'cookie value from request encoded with flags': r'''
public IActionResult SetLanguage(string culture, string returnUrl)
{
    if (!_supported.Contains(culture)) culture = "en-US";
    Response.Cookies.Append(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), Secure = true, HttpOnly = true, IsEssential = true });
    return LocalRedirect(returnUrl);
}
''',
    'cookie session options': r'''
builder.Services.AddSession(options =>
{
    options.IdleTimeout = TimeSpan.FromMinutes(20);
    options.Cookie.HttpOnly = true;
    options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
    options.Cookie.IsEssential = true;
});
builder.Services.AddAntiforgery(o => { o.Cookie.SecurePolicy = CookieSecurePolicy.Always; o.HeaderName = "X-CSRF-TOKEN"; });
''',
    'random sample for a/b bucket': r'''
public static string PickVariant(IReadOnlyList<string> variants)
{
    var index = Random.Shared.Next(variants.Count);
    return variants[index];
}
''',
    'random secure otp': r'''
public static string NewOtp() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
public static string NewApiKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
''',
    'sha256 content hash for cache key': r'''
public static string CacheKey(string tenant, string query)
{
    var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(tenant + "|" + query));
    return "q:" + Convert.ToHexString(bytes);
}
''',
    'hmac signing with key from secret store': r'''
public sealed class WebhookSigner
{
    private readonly byte[] _key;
    public WebhookSigner(SecretClient secrets) => _key = Encoding.UTF8.GetBytes(secrets.GetSecret("webhook-key").Value.Value);

    public string Sign(string payload) => Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload)));
}
''',
    'aes cbc with random iv and hmac': r'''
public static byte[] Encrypt(byte[] data, byte[] key)
{
    using var aes = Aes.Create();
    aes.Key = key;
    aes.GenerateIV();
    aes.Mode = CipherMode.CBC;
    using var enc = aes.CreateEncryptor();
    var cipher = enc.TransformFinalBlock(data, 0, data.Length);
    return aes.IV.Concat(cipher).ToArray();
}
''',
    'password field assigned from options': r'''
public class SmtpSettings
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}

builder.Services.Configure<SmtpSettings>(builder.Configuration.GetSection("Smtp"));
''',
    'user secrets connection builder': r'''
var csb = new SqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Db"))
{
    Password = builder.Configuration["DbPassword"],
    Encrypt = true,
};
await using var connection = new SqlConnection(csb.ConnectionString);
''',
    'jwt create token with config key': r'''
public string CreateToken(AppUser user)
{
    var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_config["Jwt:Key"]!));
    var creds = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
    var token = new JwtSecurityToken(_config["Jwt:Issuer"], _config["Jwt:Audience"],
        new[] { new Claim(JwtRegisteredClaimNames.Sub, user.Id) }, expires: DateTime.UtcNow.AddMinutes(30), signingCredentials: creds);
    return new JwtSecurityTokenHandler().WriteToken(token);
}
''',
    'trust boundary claims from validated principal': r'''
public async Task<IActionResult> Callback()
{
    var result = await HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    if (!result.Succeeded) return Unauthorized();
    HttpContext.Session.SetString("DisplayName", result.Principal!.Identity!.Name ?? "");
    return RedirectToAction("Index");
}
''',
    'trust boundary tempdata message': r'''
[HttpPost]
public IActionResult Save(SettingsDto dto)
{
    if (!ModelState.IsValid) return View(dto);
    _settings.Save(User.Identity!.Name!, dto.Theme, dto.PageSize);
    TempData["Message"] = "Settings saved.";
    return RedirectToAction(nameof(Index));
}
''',
    'regex timeout with fixed pattern from config': r'''
public class SlugValidator
{
    private static readonly Regex Slug = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.Compiled, TimeSpan.FromMilliseconds(50));
    public bool IsValid(string input) => Slug.IsMatch(input);
}

app.MapGet("/check/{slug}", (string slug, SlugValidator v) => v.IsValid(slug) ? Results.Ok() : Results.BadRequest());
''',
    'timing compare of hashes via fixed time': r'''
public bool CheckResetToken(User user, string token)
{
    var expected = Convert.FromBase64String(user.ResetTokenHash);
    var actual = SHA256.HashData(Encoding.UTF8.GetBytes(token));
    return CryptographicOperations.FixedTimeEquals(expected, actual);
}
''',
    'timing non secret string compare': r'''
public IActionResult Filter(string status)
{
    if (status == "active") return Ok(_repo.Active());
    if (string.Equals(status, "archived", StringComparison.OrdinalIgnoreCase)) return Ok(_repo.Archived());
    return Ok(_repo.All());
}
''',
    'stack trace in development only': r'''
public IActionResult Error()
{
    var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
    _logger.LogError(feature?.Error, "Unhandled exception at {Path}", feature?.Path);
    if (_env.IsDevelopment())
        return Problem(detail: feature?.Error.ToString(), title: "Error");
    return Problem(title: "Something went wrong.");
}
''',
    'stack trace message only logged': r'''
app.MapPost("/import", async (HttpRequest req, ImportService svc, ILogger<Program> log) =>
{
    try
    {
        await svc.ImportAsync(req.Body);
        return Results.Ok();
    }
    catch (FormatException ex)
    {
        log.LogWarning(ex, "Bad import file");
        return Results.BadRequest(new { error = "The file is not valid CSV." });
    }
});
''',
    'mass assignment minimal api dto': r'''
public record RegisterRequest(string Email, string Password, string DisplayName);
public class User { public int Id { get; set; } public string Email { get; set; } = ""; public bool IsAdmin { get; set; } public string DisplayName { get; set; } = ""; }

app.MapPost("/register", async (RegisterRequest req, AppDb db, IPasswordHasher<User> hasher) =>
{
    var user = new User { Email = req.Email, DisplayName = req.DisplayName, IsAdmin = false };
    user.PasswordHash = hasher.HashPassword(user, req.Password);
    db.Users.Add(user);
    await db.SaveChangesAsync();
    return Results.Created($"/users/{user.Id}", new { user.Id, user.Email });
});
''',
    'mass assignment automapper dto': r'''
public class Account { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Balance { get; set; } }
public class AccountUpdateDto { public string Name { get; set; } = ""; }

[HttpPut("{id}")]
public async Task<IActionResult> Update(int id, [FromBody] AccountUpdateDto dto)
{
    var account = await _db.Accounts.FindAsync(id);
    if (account == null) return NotFound();
    _mapper.Map(dto, account);
    _db.Accounts.Update(account);
    await _db.SaveChangesAsync();
    return NoContent();
}
''',
    'temp file with file options delete on close': r'''
public static FileStream OpenScratch()
{
    var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
    return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
}
''',
    'zip slip entry file name only': r'''
public static void ExtractImages(Stream zipStream, string targetDir)
{
    using var archive = new ZipArchive(zipStream, ZipArchiveMode.Read);
    foreach (var entry in archive.Entries)
    {
        var name = Path.GetFileName(entry.FullName);
        if (string.IsNullOrEmpty(name) || !name.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) continue;
        entry.ExtractToFile(Path.Combine(targetDir, name), overwrite: false);
    }
}
''',
    'zip slip checked in helper': r'''
public static class SafePaths
{
    public static string Within(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException("entry outside target");
        return full;
    }
}

public static void Unpack(string zip, string dest)
{
    using var archive = ZipFile.OpenRead(zip);
    foreach (var entry in archive.Entries)
    {
        var target = SafePaths.Within(dest, entry.FullName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (entry.Name.Length > 0) entry.ExtractToFile(target, true);
    }
}
''',
    'command git with argument list and validated ref': r'''
public async Task<string> ShowCommit(string sha)
{
    if (!Regex.IsMatch(sha, "^[0-9a-f]{7,40}$")) throw new ArgumentException("bad sha");
    var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = _repo };
    psi.ArgumentList.Add("show");
    psi.ArgumentList.Add("--stat");
    psi.ArgumentList.Add(sha);
    using var proc = Process.Start(psi)!;
    return await proc.StandardOutput.ReadToEndAsync();
}
''',
    'command cliwrap arguments': r'''
[HttpGet("ping")]
public async Task<IActionResult> Ping(string host)
{
    if (!IPAddress.TryParse(host, out var ip)) return BadRequest();
    var result = await Cli.Wrap("ping").WithArguments(new[] { "-c", "1", ip.ToString() }).ExecuteBufferedAsync();
    return Content(result.StandardOutput, "text/plain");
}
''',
    'ldap dn encoded by library': r'''
public SearchResultEntry? FindUser(string uid)
{
    var filter = $"(uid={LdapFilterEncoder.Encode(uid)})";
    var request = new SearchRequest("ou=people,dc=example,dc=com", filter, SearchScope.Subtree, "cn", "mail");
    var response = (SearchResponse)_connection.SendRequest(request);
    return response.Entries.Count > 0 ? response.Entries[0] : null;
}
''',
    'xpath allow-listed field': r'''
public string? Lookup(string field)
{
    var allowedFields = new HashSet<string> { "name", "email", "phone" };
    if (!allowedFields.Contains(field)) return null;
    return _doc.SelectSingleNode("/contact/" + field)?.InnerText;
}
''',
    'code scripting with no user code': r'''
public static Task<object> EvaluateFormula(string formulaName)
{
    var formulas = new Dictionary<string, string> { ["area"] = "3.14159 * 2 * 2", ["double"] = "2 * 21" };
    if (!formulas.TryGetValue(formulaName, out var code)) throw new KeyNotFoundException();
    return CSharpScript.EvaluateAsync(code);
}
''',
    'tls custom validation that delegates to default': r'''
services.AddHttpClient("partner").ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
{
    SslOptions = new SslClientAuthenticationOptions
    {
        RemoteCertificateValidationCallback = (sender, certificate, chain, sslPolicyErrors) => sslPolicyErrors == SslPolicyErrors.None,
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
    },
});
''',
    'mvc post action with dto, antiforgery, sanitized log and flagged cookie': r'''
public class NewsletterController : Controller
{
    private static readonly Random Jitter = new();
    private readonly ILogger<NewsletterController> _logger;
    private readonly NewsletterService _service;
    public NewsletterController(ILogger<NewsletterController> logger, NewsletterService service) { _logger = logger; _service = service; }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Subscribe(SubscribeDto dto)
    {
        if (!ModelState.IsValid) return View(dto);
        var email = dto.Email.Replace("\r", string.Empty).Replace("\n", string.Empty);
        _logger.LogInformation("New subscriber {Email}", email);
        await Task.Delay(Jitter.Next(50, 150));
        await _service.AddAsync(dto.Email);
        Response.Cookies.Append("subscribed", "1", new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict });
        return RedirectToAction(nameof(Thanks));
    }

    public IActionResult Thanks() => View();
}
''',
    'stored procedure with parameters': r'''
public async Task<User?> GetUserAsync(string userName)
{
    await using var conn = new SqlConnection(_connectionString);
    await using var cmd = new SqlCommand("dbo.GetUserByName", conn) { CommandType = CommandType.StoredProcedure };
    cmd.Parameters.Add(new SqlParameter("@UserName", SqlDbType.NVarChar, 64) { Value = userName });
    await conn.OpenAsync();
    await using var reader = await cmd.ExecuteReaderAsync();
    return await reader.ReadAsync() ? new User(reader.GetInt32(0), reader.GetString(1)) : null;
}
''',
    'dapper execute with dto': r'''
app.MapPost("/notes", async (NoteDto note, IDbConnection db) =>
{
    await db.ExecuteAsync("INSERT INTO Notes (Title, Body) VALUES (@Title, @Body)", note);
    return Results.Created("/notes", note);
});
''',
    'sql in clause with generated parameter names': r'''
public async Task<List<Product>> ByIdsAsync(IReadOnlyList<int> ids)
{
    var names = ids.Select((_, i) => "@id" + i).ToList();
    var sql = $"SELECT * FROM Products WHERE Id IN ({string.Join(", ", names)})";
    await using var cmd = new SqlCommand(sql, _conn);
    for (var i = 0; i < ids.Count; i++) cmd.Parameters.AddWithValue(names[i], ids[i]);
    var list = new List<Product>();
    await using var reader = await cmd.ExecuteReaderAsync();
    while (await reader.ReadAsync()) list.Add(Map(reader));
    return list;
}
''',
    'session int and validated page size': r'''
[HttpGet]
public IActionResult List(int page = 1, int pageSize = 20)
{
    pageSize = Math.Clamp(pageSize, 5, 100);
    HttpContext.Session.SetInt32("PageSize", pageSize);
    return View(_repo.Page(page, pageSize));
}
''',
    'principal context lookup': r'''
public bool IsInGroup(string userName, string group)
{
    using var ctx = new PrincipalContext(ContextType.Domain, "corp.example.com");
    using var user = UserPrincipal.FindByIdentity(ctx, IdentityType.SamAccountName, userName);
    return user != null && user.IsMemberOf(ctx, IdentityType.Name, group);
}
''',
    'xpath constant expression': r'''
public int CountActive(Stream xml)
{
    var doc = new XPathDocument(XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
    var nav = doc.CreateNavigator();
    return Convert.ToInt32(nav.Evaluate("count(/users/user[@active='true'])"));
}
''',
    'xml document default on modern dotnet': r'''
[HttpPost("config")]
public IActionResult Upload([FromBody] string xml)
{
    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
    using var reader = XmlReader.Create(new StringReader(xml), settings);
    var doc = new XmlDocument();
    doc.Load(reader);
    return Ok(doc.DocumentElement?.Name);
}
''',
    'newtonsoft default settings typed': r'''
[HttpPost("events")]
public async Task<IActionResult> Events()
{
    using var sr = new StreamReader(Request.Body);
    var events = JsonConvert.DeserializeObject<List<EventDto>>(await sr.ReadToEndAsync());
    return Ok(events?.Count ?? 0);
}
''',
    'process fixed command no input': r'''
public static string GitVersion()
{
    var psi = new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, UseShellExecute = false };
    using var p = Process.Start(psi)!;
    return p.StandardOutput.ReadToEnd().Trim();
}
''',
    'file read constant path': r'''
public IActionResult Terms()
{
    var text = System.IO.File.ReadAllText(Path.Combine(_env.ContentRootPath, "legal", "terms.md"));
    return Content(Markdig.Markdown.ToHtml(text), "text/html");
}
''',
    'tls protocols pinned to modern versions': r'''
ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
using var client = new HttpClient();
var status = await client.GetStringAsync("https://status.example.com/api/v1/health");
''',
    'cookie delete on logout': r'''
[HttpPost]
[ValidateAntiForgeryToken]
public async Task<IActionResult> Logout()
{
    await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    Response.Cookies.Delete("remember_me");
    return RedirectToAction("Index", "Home");
}
''',
    'cookie authentication scheme options': r'''
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Account/Login";
        options.Cookie.Name = "app.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
    });
''',
    'html sanitizer before raw output': r'''
public IActionResult Preview(string markdown)
{
    var html = Markdown.ToHtml(markdown ?? "");
    var sanitizer = new HtmlSanitizer();
    var clean = sanitizer.Sanitize(html);
    return Content(clean, "text/html");
}
''',
    'json serialized into content': r'''
[HttpGet("data")]
public IActionResult Data(string filter)
{
    var rows = _repo.Find(filter);
    return Content(JsonSerializer.Serialize(rows), "application/json");
}
''',
    'mongo sort by allow-listed field': r'''
public async Task<IActionResult> Sorted(string sortBy)
{
    var fields = new Dictionary<string, Expression<Func<Book, object>>> { ["title"] = b => b.Title, ["year"] = b => b.Year };
    var key = fields.TryGetValue(sortBy ?? "", out var f) ? f : fields["title"];
    var books = await _books.Find(FilterDefinition<Book>.Empty).SortBy(key).Limit(100).ToListAsync();
    return Ok(books);
}
''',
    'jwt bearer options from configuration section': r'''
builder.Services.AddAuthentication().AddJwtBearer(options =>
{
    options.Authority = builder.Configuration["Auth:Authority"];
    options.Audience = builder.Configuration["Auth:Audience"];
    options.RequireHttpsMetadata = true;
    options.TokenValidationParameters.ValidateLifetime = true;
});
''',
    'aes create default with config key': r'''
public byte[] EncryptField(string value)
{
    using var aes = Aes.Create();
    aes.Key = Convert.FromBase64String(_options.Value.FieldKey);
    var iv = aes.IV;
    using var encryptor = aes.CreateEncryptor(aes.Key, iv);
    var plain = Encoding.UTF8.GetBytes(value);
    return iv.Concat(encryptor.TransformFinalBlock(plain, 0, plain.Length)).ToArray();
}
''',
    'rethrow after logging': r'''
public async Task<Order> PlaceAsync(OrderRequest request)
{
    try
    {
        return await _orders.CreateAsync(request);
    }
    catch (DbUpdateException ex)
    {
        _logger.LogError(ex, "Order placement failed for customer {CustomerId}", request.CustomerId);
        throw;
    }
}
''',
    'problem details middleware': r'''
builder.Services.AddProblemDetails();
var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapGet("/boom", () => { throw new InvalidOperationException("boom"); });
''',
    'grpc service with validated request': r'''
public class InventoryService : Inventory.InventoryBase
{
    private readonly AppDb _db;
    public InventoryService(AppDb db) => _db = db;

    public override async Task<StockReply> GetStock(StockRequest request, ServerCallContext context)
    {
        var item = await _db.Items.SingleOrDefaultAsync(i => i.Sku == request.Sku);
        return new StockReply { Quantity = item?.Quantity ?? 0 };
    }
}
''',
    'azure function with parameterized query': r'''
[Function("GetCustomer")]
public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequestData req)
{
    var id = System.Web.HttpUtility.ParseQueryString(req.Url.Query)["id"];
    await using var conn = new SqlConnection(Environment.GetEnvironmentVariable("SqlConnection"));
    var customer = await conn.QuerySingleOrDefaultAsync<Customer>("SELECT * FROM Customers WHERE Id = @id", new { id });
    var response = req.CreateResponse(customer is null ? HttpStatusCode.NotFound : HttpStatusCode.OK);
    if (customer is not null) await response.WriteAsJsonAsync(customer);
    return response;
}
''',
    'signalr hub with encoded broadcast': r'''
public class ChatHub : Hub
{
    public async Task Send(string user, string message)
    {
        var text = message.Length > 500 ? message[..500] : message;
        await Clients.All.SendAsync("receive", user, text);
    }
}
''',
    'top-level action: file download by id from db': r'''
[HttpGet("documents/{id:int}")]
public async Task<IActionResult> Download(int id)
{
    var doc = await _db.Documents.FindAsync(id);
    if (doc == null) return NotFound();
    var path = Path.Combine(_storageRoot, doc.StoredName);
    return PhysicalFile(path, doc.ContentType, doc.OriginalName);
}
''',
    'top-level action: search with ef like': r'''
[HttpGet("search")]
public async Task<ActionResult<List<Product>>> Search([FromQuery] string term)
{
    var pattern = $"%{term}%";
    return await _context.Products.Where(p => EF.Functions.Like(p.Name, pattern)).Take(50).ToListAsync();
}
''',
    'top-level action: redirect to configured sso': r'''
public IActionResult SignIn(string provider)
{
    var props = new AuthenticationProperties { RedirectUri = Url.Action("Callback") };
    return Challenge(props, provider == "github" ? "GitHub" : "Google");
}
''',
    'top-level action: redirect by enum': r'''
public IActionResult Go(Section section)
{
    return section switch
    {
        Section.Billing => Redirect("/billing"),
        Section.Profile => Redirect("/profile"),
        _ => Redirect("/"),
    };
}
''',
    'top-level action: csv export with content disposition helper': r'''
[HttpGet("export")]
public IActionResult Export(int year)
{
    var csv = _reports.BuildCsv(year);
    return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"report-{year}.csv");
}
''',
    'top-level action: email lookup via user manager': r'''
[HttpPost]
public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
{
    if (!ModelState.IsValid) return View(model);
    var user = await _userManager.FindByEmailAsync(model.Email);
    if (user != null && await _userManager.IsEmailConfirmedAsync(user))
    {
        var code = await _userManager.GeneratePasswordResetTokenAsync(user);
        var link = Url.Action("ResetPassword", "Account", new { code }, Request.Scheme);
        await _emailSender.SendEmailAsync(model.Email, "Reset Password", $"Reset your password by <a href='{HtmlEncoder.Default.Encode(link!)}'>clicking here</a>.");
    }
    return RedirectToAction(nameof(ForgotPasswordConfirmation));
}
''',
    'top-level action: image resize with parsed sizes': r'''
public IActionResult Thumb(string name, string w, string h)
{
    if (!int.TryParse(w, out var width) || !int.TryParse(h, out var height) || width > 2000 || height > 2000)
        return BadRequest();
    var file = Path.Combine(_images, Path.GetFileName(name));
    using var image = Image.Load(file);
    image.Mutate(x => x.Resize(width, height));
    var ms = new MemoryStream();
    image.SaveAsPng(ms);
    return File(ms.ToArray(), "image/png");
}
''',
    'top-level action: mongo by object id': r'''
public async Task<IActionResult> Get(string id)
{
    if (!ObjectId.TryParse(id, out var oid)) return BadRequest();
    var doc = await _items.Find(new BsonDocument("_id", oid)).FirstOrDefaultAsync();
    return doc is null ? NotFound() : Ok(doc.ToJson());
}
''',
    'top-level action: regex from allow-listed pattern name': r'''
private static readonly Dictionary<string, Regex> Patterns = new()
{
    ["email"] = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
    ["zip"] = new Regex(@"^\d{5}$"),
};

public IActionResult Check(string kind, string value)
{
    if (!Patterns.TryGetValue(kind, out var re)) return BadRequest();
    return Ok(re.IsMatch(value));
}
''',
    'top-level action: xml settings then select with parsed id': r'''
[HttpPost("orders/{id}")]
public IActionResult Status(string id)
{
    if (!Guid.TryParse(id, out var orderId)) return BadRequest();
    var doc = new XmlDocument { XmlResolver = null };
    doc.Load(_ordersFile);
    var node = doc.SelectSingleNode($"//order[@id='{orderId}']/status");
    return Ok(node?.InnerText);
}
''',
    'top-level action: api key from header compared constant time': r'''
[HttpGet("internal/metrics")]
public IActionResult Metrics([FromHeader(Name = "X-Api-Key")] string apiKey)
{
    var expected = Encoding.UTF8.GetBytes(_options.Value.MetricsKey);
    if (apiKey is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(apiKey), expected))
        return Unauthorized();
    return Ok(_metrics.Snapshot());
}
''',
    'top-level action: update with allow-listed fields': r'''
[HttpPatch("users/{id:int}")]
public async Task<IActionResult> Patch(int id, [FromBody] Dictionary<string, string> changes)
{
    var user = await _db.Users.FindAsync(id);
    if (user is null) return NotFound();
    if (changes.TryGetValue("displayName", out var name)) user.DisplayName = name;
    if (changes.TryGetValue("bio", out var bio)) user.Bio = bio;
    await _db.SaveChangesAsync();
    return NoContent();
}
''',
    'top-level action: temp upload in private folder': r'''
[HttpPost("scan")]
public async Task<IActionResult> Scan(IFormFile file)
{
    var temp = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
    await using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        await file.CopyToAsync(fs);
    try { return Ok(await _scanner.ScanAsync(temp)); }
    finally { System.IO.File.Delete(temp); }
}
''',
    'top-level action: http client to fixed api with encoded query': r'''
public async Task<IActionResult> Geocode(string address)
{
    var url = QueryHelpers.AddQueryString("https://maps.example.com/api/geocode", "q", address);
    var json = await _http.GetStringAsync(url);
    return Content(json, "application/json");
}
''',
    'top-level action: claims-based user id in query': r'''
[Authorize]
public async Task<IActionResult> MyOrders()
{
    var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
    using var conn = new SqlConnection(_cs);
    var orders = await conn.QueryAsync<Order>("SELECT * FROM Orders WHERE UserId = @userId", new { userId });
    return View(orders);
}
''',
    'extension method that strips line breaks before logging': r'''
public static class StringExtensions
{
    public static string ForLog(this string? value) => (value ?? "").Replace("\r", "").Replace("\n", "");
}

[HttpGet("track")]
public IActionResult Track(string campaign)
{
    _logger.LogInformation("campaign: " + campaign.ForLog());
    return NoContent();
}
''',
    'extension method that resolves a path under a root': r'''
public static class PathExtensions
{
    public static string ResolveUnder(this string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UnauthorizedAccessException();
        return full;
    }
}

app.MapGet("/files/{name}", (string name) => Results.File(_root.ResolveUnder(name)));
''',
    'data annotations regex on dto then ldap': r'''
public class DirectoryQuery
{
    [Required]
    [RegularExpression("^[a-zA-Z0-9._-]{1,64}$")]
    public string Account { get; set; } = "";
}

[ApiController]
[Route("api/directory")]
public class DirectoryController : ControllerBase
{
    [HttpGet]
    public IActionResult Find([FromQuery] DirectoryQuery query)
    {
        if (!ModelState.IsValid) return ValidationProblem(ModelState);
        using var searcher = new DirectorySearcher(new DirectoryEntry("LDAP://dc=example,dc=com"));
        searcher.Filter = $"(sAMAccountName={query.Account})";
        return Ok(searcher.FindOne()?.Path);
    }
}
''',
    'invalid file name chars check': r'''
[HttpGet("avatars/{name}")]
public IActionResult Avatar(string name)
{
    if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(".."))
        return BadRequest();
    var path = Path.Combine(_avatarDir, name);
    return System.IO.File.Exists(path) ? PhysicalFile(path, "image/png") : NotFound();
}
''',
    'dot dot and rooted rejected': r'''
public IActionResult Page(string slug)
{
    if (slug.Contains("..") || Path.IsPathRooted(slug) || slug.Contains('/') || slug.Contains('\\')) return BadRequest();
    var md = System.IO.File.ReadAllText(Path.Combine(_pagesDir, slug + ".md"));
    return Content(md, "text/markdown");
}
''',
    'redirect ternary local check': r'''
[HttpPost]
public IActionResult Login(LoginModel model, string returnUrl)
{
    if (!_auth.Validate(model.User, model.Password)) return View(model);
    var target = Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
    return Redirect(target);
}
''',
    'sql convert to int32': r'''
public IActionResult Delete(string id)
{
    var key = Convert.ToInt32(id);
    using var conn = new SqlConnection(_cs);
    conn.Open();
    new SqlCommand("DELETE FROM Items WHERE Id = " + key, conn).ExecuteNonQuery();
    return NoContent();
}
''',
    'xss string builder with encoded rows': r'''
public IActionResult Table(string filter)
{
    var sb = new StringBuilder("<table>");
    foreach (var row in _repo.Find(filter))
        sb.AppendFormat("<tr><td>{0}</td><td>{1}</td></tr>", HtmlEncoder.Default.Encode(row.Name), row.Count);
    sb.Append("</table><p>Filter: ").Append(WebUtility.HtmlEncode(filter)).Append("</p>");
    return Content(sb.ToString(), "text/html");
}
''',
    'header content disposition class': r'''
public IActionResult Get(string name)
{
    var cd = new System.Net.Mime.ContentDisposition { FileName = Path.GetFileName(name), Inline = false };
    Response.Headers.ContentDisposition = cd.ToString();
    return File(_store.Read(Path.GetFileName(name)), "application/pdf");
}
''',
    'command with enum argument': r'''
public enum Service { Nginx, Redis }

[HttpPost("restart/{service}")]
public IActionResult Restart(Service service)
{
    var unit = service == Service.Nginx ? "nginx" : "redis-server";
    var psi = new ProcessStartInfo("systemctl") { UseShellExecute = false };
    psi.ArgumentList.Add("restart");
    psi.ArgumentList.Add(unit);
    Process.Start(psi)!.WaitForExit();
    return Ok();
}
''',
    'xpath escaped with concat helper': r'''
static string XPathLiteral(string value)
{
    if (!value.Contains('\'')) return "'" + value + "'";
    if (!value.Contains('"')) return "\"" + value + "\"";
    return "concat('" + value.Replace("'", "',\"'\",'") + "')";
}

[HttpGet("user")]
public IActionResult User(string name)
{
    var node = _doc.SelectSingleNode("/users/user[@name=" + XPathLiteral(name) + "]");
    return node == null ? NotFound() : Ok(node.Attributes?["email"]?.Value);
}
''',
    'ssrf via named enum region': r'''
private static readonly Dictionary<string, Uri> Regions = new()
{
    ["eu"] = new Uri("https://eu.api.example.com/"),
    ["us"] = new Uri("https://us.api.example.com/"),
};

public async Task<IActionResult> Status(string region)
{
    if (!Regions.TryGetValue(region, out var baseUri)) return BadRequest();
    var body = await _http.GetStringAsync(new Uri(baseUri, "status"));
    return Content(body, "application/json");
}
''',
    'trust boundary session from db lookup by validated id': r'''
[HttpPost]
public async Task<IActionResult> SwitchTenant(int tenantId)
{
    var membership = await _db.Memberships.SingleOrDefaultAsync(m => m.TenantId == tenantId && m.UserId == _currentUser.Id);
    if (membership is null) return Forbid();
    HttpContext.Session.SetInt32("TenantId", membership.TenantId);
    return RedirectToAction("Index", "Dashboard");
}
''',
    'deserialize polymorphic with known types': r'''
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Square), "square")]
public abstract record Shape;
public record Circle(double R) : Shape;
public record Square(double Side) : Shape;

app.MapPost("/shapes", (Shape shape) => Results.Ok(shape));
''',
    "path used only when neither '..' nor rooted": r'''
public IActionResult Page(string slug)
{
    if (!slug.Contains("..") && !Path.IsPathRooted(slug))
        return Content(System.IO.File.ReadAllText(Path.Combine(_pagesDir, slug)), "text/markdown");
    return BadRequest();
}
''',
    'jwt read token only to route to the right validator': r'''
public async Task<ClaimsPrincipal?> ValidateAsync(string token)
{
    var handler = new JwtSecurityTokenHandler();
    if (!handler.CanReadToken(token)) return null;
    var issuer = handler.ReadJwtToken(token).Issuer;
    if (!_issuers.TryGetValue(issuer, out var parameters)) return null;
    var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
    return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
}
''',
    'jwt options with require signed tokens': r'''
services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidIssuer = configuration["Jwt:Issuer"],
            ValidAudience = configuration["Jwt:Audience"],
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(configuration["Jwt:Key"]!)),
        };
    });
''',
    'secret key from key vault': r'''
var client = new SecretClient(new Uri(builder.Configuration["KeyVault:Uri"]!), new DefaultAzureCredential());
KeyVaultSecret signing = await client.GetSecretAsync("jwt-signing-key");
var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signing.Value));
''',
    'api key constant name only': r'''
public static class HeaderNames2
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string PasswordField = "password";
    public const string SecretSection = "Secrets";
}
''',
    'test placeholder secret in options default': r'''
public class EmailOptions
{
    public const string Section = "Email";
    public string ApiKey { get; init; } = string.Empty;
    public string From { get; init; } = "noreply@example.com";
}
''',
    'password from env with fail fast': r'''
var password = Environment.GetEnvironmentVariable("DB_PASSWORD")
    ?? throw new InvalidOperationException("DB_PASSWORD is not set");
var csb = new NpgsqlConnectionStringBuilder { Host = "db", Username = "app", Password = password, SslMode = SslMode.Require };
await using var dataSource = NpgsqlDataSource.Create(csb.ConnectionString);
''',
    'tls validation callback in development only': r'''
var handler = new HttpClientHandler();
if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue<bool>("AllowDevCert"))
{
    handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) =>
        errors == SslPolicyErrors.None || cert?.Thumbprint == builder.Configuration["DevCertThumbprint"];
}
builder.Services.AddHttpClient("api").ConfigurePrimaryHttpMessageHandler(() => handler);
''',
    'xxe xmlreader default settings': r'''
public static IEnumerable<string> ReadTitles(Stream rss)
{
    using var reader = XmlReader.Create(rss);
    while (reader.ReadToFollowing("title"))
        yield return reader.ReadElementContentAsString();
}
''',
    'xxe xslt with settings': r'''
public string Transform(string xml)
{
    var xslt = new XslCompiledTransform();
    xslt.Load(_stylesheetPath, XsltSettings.Default, null);
    using var input = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
    using var sw = new StringWriter();
    xslt.Transform(input, null, sw);
    return sw.ToString();
}
''',
    'xml document with prohibit via reader': r'''
public XmlDocument Load(string path)
{
    var doc = new XmlDocument();
    doc.XmlResolver = null;
    doc.Load(path);
    return doc;
}
''',
    'binary data with memory pack typed': r'''
public static Order? FromBytes(byte[] payload) => MessagePackSerializer.Deserialize<Order>(payload, MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData));
''',
    'newtonsoft type name handling none explicit in action': r'''
[HttpPost]
public IActionResult Import([FromBody] string json)
{
    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
    var items = JsonConvert.DeserializeObject<List<ImportItem>>(json, settings);
    return Ok(items?.Count);
}
''',
    'cookie anti forgery and auth tokens via framework': r'''
app.Use(async (context, next) =>
{
    var tokens = antiforgery.GetAndStoreTokens(context);
    context.Response.Cookies.Append("XSRF-TOKEN", tokens.RequestToken!, new CookieOptions { HttpOnly = false, Secure = true, SameSite = SameSiteMode.Strict });
    await next(context);
});
''',
    'cookie builder with secure policy': r'''
var options = new CookieBuilder
{
    Name = "prefs",
    HttpOnly = true,
    SecurePolicy = CookieSecurePolicy.Always,
    SameSite = SameSiteMode.Lax,
}.Build(HttpContext);
Response.Cookies.Append("prefs", "compact", options);
''',
    'stack trace to logger with custom error view': r'''
public class ErrorController : Controller
{
    private readonly ILogger<ErrorController> _logger;
    public ErrorController(ILogger<ErrorController> logger) => _logger = logger;

    [Route("/Error")]
    public IActionResult Index()
    {
        var ex = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        _logger.LogError(ex, "Unhandled exception: {Message}", ex?.Message);
        return View(new ErrorViewModel { RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier });
    }
}
''',
    'stack trace in a console tool': r'''
public static async Task<int> Main(string[] args)
{
    try
    {
        await new Importer(args[0]).RunAsync();
        return 0;
    }
    catch (Exception ex)
    {
        Console.Error.WriteLine(ex);
        return 1;
    }
}
''',
    'weak hash name in comment and sha256 use': r'''
// Never use MD5 or SHA1 here: integrity of downloads matters.
public static bool VerifyDownload(byte[] data, string expectedSha256Hex)
{
    var actual = SHA256.HashData(data);
    return CryptographicOperations.FixedTimeEquals(actual, Convert.FromHexString(expectedSha256Hex));
}
''',
    'timing compare on non secret equality': r'''
public bool SameSku(Product a, Product b) => a.Sku == b.Sku && a.Version == b.Version;

public IActionResult CheckPasswordStrength(string password)
{
    var score = Zxcvbn.Core.EvaluatePassword(password).Score;
    return Ok(new { strong = score >= 3, length = password.Length });
}
''',
    'weak cipher word in enum': r'''
public enum LegacyFormat { Des3Archive, Rc4Stream }

public static string Describe(LegacyFormat f) => f switch
{
    LegacyFormat.Des3Archive => "Old archive format (read-only import)",
    _ => "Unsupported",
};
''',
    'password hash bcrypt': r'''
public bool Login(string user, string password)
{
    var hash = _users.GetHash(user);
    return hash != null && BCrypt.Net.BCrypt.Verify(password, hash);
}

public string Register(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);
''',
    'password hash argon2': r'''
public static string HashPassword(string password)
{
    var salt = RandomNumberGenerator.GetBytes(16);
    using var argon2 = new Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, DegreeOfParallelism = 4, MemorySize = 65536, Iterations = 3 };
    return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(argon2.GetBytes(32));
}
''',
    'sha256 of api token for lookup': r'''
public async Task<ApiClient?> FindByTokenAsync(string token)
{
    var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    return await _db.ApiClients.SingleOrDefaultAsync(c => c.TokenHash == digest);
}
''',
    'as parameters record with parsed ints': r'''
public record PageQuery(int Page = 1, int Size = 20, string? Sort = null);

app.MapGet("/items", async ([AsParameters] PageQuery q, AppDb db) =>
{
    var size = Math.Clamp(q.Size, 1, 100);
    var query = q.Sort == "name" ? db.Items.OrderBy(i => i.Name) : db.Items.OrderBy(i => i.Id);
    return Results.Ok(await query.Skip((q.Page - 1) * size).Take(size).ToListAsync());
});
''',
    'razor page bind property with parameterized dapper': r'''
public class OrdersModel : PageModel
{
    private readonly IDbConnection _db;
    public OrdersModel(IDbConnection db) => _db = db;

    [BindProperty(SupportsGet = true)]
    public string? Customer { get; set; }

    public IEnumerable<Order> Orders { get; private set; } = Enumerable.Empty<Order>();

    public async Task OnGetAsync()
    {
        Orders = await _db.QueryAsync<Order>("SELECT * FROM Orders WHERE Customer = @Customer", new { Customer });
    }
}
''',
    'generic repository with expression filters': r'''
public interface IRepository<T> where T : class
{
    Task<List<T>> FindAsync(Expression<Func<T, bool>> predicate);
}

public class EfRepository<T> : IRepository<T> where T : class
{
    private readonly AppDb _db;
    public EfRepository(AppDb db) => _db = db;
    public Task<List<T>> FindAsync(Expression<Func<T, bool>> predicate) => _db.Set<T>().Where(predicate).ToListAsync();
}

[HttpGet("by-city")]
public async Task<IActionResult> ByCity(string city) => Ok(await _customers.FindAsync(c => c.City == city));
''',
    'service layer file store with sanitized key': r'''
public interface IBlobStore { Task<Stream?> OpenAsync(string key); }

public class LocalBlobStore : IBlobStore
{
    private readonly string _root;
    public LocalBlobStore(IConfiguration cfg) => _root = Path.GetFullPath(cfg["Blobs:Root"]!);

    public Task<Stream?> OpenAsync(string key)
    {
        if (!Guid.TryParse(key, out var id)) return Task.FromResult<Stream?>(null);
        var path = Path.Combine(_root, id.ToString("N"));
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }
}

app.MapGet("/blobs/{key}", async (string key, IBlobStore store) =>
    await store.OpenAsync(key) is { } s ? Results.Stream(s) : Results.NotFound());
''',
    'serilog destructured request object': r'''
app.MapPost("/orders", (CreateOrder order, ILogger<Program> log) =>
{
    log.LogInformation("Order received for {Count} items", order.Items.Count);
    return Results.Accepted();
});
''',
    'http client typed with base address': r'''
public class GitHubClient
{
    private readonly HttpClient _http;
    public GitHubClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.github.com/");
    }

    public Task<string> RepoAsync(string owner, string repo) =>
        _http.GetStringAsync($"repos/{Uri.EscapeDataString(owner)}/{Uri.EscapeDataString(repo)}");
}

app.MapGet("/gh/{owner}/{repo}", (string owner, string repo, GitHubClient gh) => gh.RepoAsync(owner, repo));
''',
    'redirect to route with id': r'''
[HttpPost]
public async Task<IActionResult> Create(PostInput input)
{
    var post = await _posts.CreateAsync(input.Title, input.Body);
    return RedirectToRoute("post-details", new { id = post.Id, slug = input.Title });
}
''',
    'xss encoded in razor helper': r'''
public static class HtmlHelpers
{
    public static IHtmlContent Highlight(this IHtmlHelper html, string text, string term)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        var encodedTerm = HtmlEncoder.Default.Encode(term);
        return new HtmlString(encoded.Replace(encodedTerm, $"<mark>{encodedTerm}</mark>"));
    }
}
''',
    'process with validated host by ip parse': r'''
public async Task<string> TraceAsync(string target)
{
    if (!IPAddress.TryParse(target, out var address)) throw new ArgumentException("not an IP address");
    var psi = new ProcessStartInfo("traceroute", address.ToString()) { RedirectStandardOutput = true };
    using var p = Process.Start(psi)!;
    return await p.StandardOutput.ReadToEndAsync();
}
''',
    'ldap bind with credentials object': r'''
public bool CheckCredentials(string user, string password)
{
    using var connection = new LdapConnection(new LdapDirectoryIdentifier("ldap.example.com", 636));
    connection.SessionOptions.SecureSocketLayer = true;
    connection.AuthType = AuthType.Basic;
    try
    {
        connection.Bind(new NetworkCredential($"uid={LdapEncoder.DistinguishedNameEncode(user)},ou=people,dc=example,dc=com", password));
        return true;
    }
    catch (LdapException)
    {
        return false;
    }
}
''',
    'mongo aggregate with typed match': r'''
public async Task<IActionResult> Stats(string country)
{
    var result = await _orders.Aggregate()
        .Match(o => o.Country == country)
        .Group(o => o.Status, g => new { Status = g.Key, Count = g.Count() })
        .ToListAsync();
    return Ok(result);
}
''',
    'header cache control fixed': r'''
app.MapGet("/report/{id:int}", (int id, HttpResponse response) =>
{
    response.Headers.CacheControl = "no-store";
    response.Headers["X-Report-Id"] = id.ToString();
    return Results.Ok();
});
''',
    'zip create from server files': r'''
public async Task<IActionResult> Bundle(int projectId)
{
    var files = await _db.Files.Where(f => f.ProjectId == projectId).ToListAsync();
    var ms = new MemoryStream();
    using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
    {
        foreach (var f in files)
            zip.CreateEntryFromFile(Path.Combine(_storage, f.StoredName), Path.GetFileName(f.DisplayName));
    }
    ms.Position = 0;
    return File(ms, "application/zip", $"project-{projectId}.zip");
}
''',
    'temp directory per request': r'''
public async Task<string> ConvertAsync(IFormFile upload)
{
    var work = Directory.CreateTempSubdirectory("convert-");
    try
    {
        var input = Path.Combine(work.FullName, "input" + Path.GetExtension(upload.FileName).ToLowerInvariant());
        await using (var fs = File.Create(input)) await upload.CopyToAsync(fs);
        return await _converter.RunAsync(input);
    }
    finally
    {
        work.Delete(recursive: true);
    }
}
''',
    'mass assignment bind never on sensitive fields': r'''
public class Profile
{
    public int Id { get; set; }
    public string DisplayName { get; set; } = "";
    [BindNever] public bool IsAdmin { get; set; }
    [BindNever] public decimal Balance { get; set; }
}

[HttpPost]
[ValidateAntiForgeryToken]
public async Task<IActionResult> Edit(int id, [Bind(nameof(Profile.DisplayName))] Profile input)
{
    var profile = await _db.Profiles.FindAsync(id);
    if (profile is null) return NotFound();
    profile.DisplayName = input.DisplayName;
    await _db.SaveChangesAsync();
    return RedirectToAction(nameof(Index));
}
''',
    'mass assignment view model to entity mapping': r'''
public class Order { public int Id { get; set; } public decimal Price { get; set; } public string Note { get; set; } = ""; public string OwnerId { get; set; } = ""; }
public class OrderNoteViewModel { public string Note { get; set; } = ""; }

[HttpPost("{id}/note")]
public async Task<IActionResult> SetNote(int id, OrderNoteViewModel vm)
{
    var order = await _db.Orders.SingleOrDefaultAsync(o => o.Id == id && o.OwnerId == _userId);
    if (order == null) return NotFound();
    order.Note = vm.Note;
    _db.Orders.Update(order);
    await _db.SaveChangesAsync();
    return Ok();
}
''',
    'stack trace only in development problem details': r'''
app.UseExceptionHandler(handler => handler.Run(async ctx =>
{
    var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
    var problem = new ProblemDetails
    {
        Status = 500,
        Title = "Server error",
        Detail = app.Environment.IsDevelopment() ? error?.ToString() : null,
    };
    ctx.Response.StatusCode = 500;
    await ctx.Response.WriteAsJsonAsync(problem);
}));
''',
    'trust boundary tempdata from fixed text and id': r'''
[HttpPost]
public async Task<IActionResult> Delete(int id)
{
    var item = await _db.Items.FindAsync(id);
    if (item == null) return NotFound();
    _db.Items.Remove(item);
    await _db.SaveChangesAsync();
    TempData["Status"] = $"Item {id} deleted.";
    return RedirectToAction(nameof(Index));
}
''',
    'xpath with custom variable context': r'''
public class VarContext : XsltContext
{
    private readonly Dictionary<string, object> _vars;
    public VarContext(Dictionary<string, object> vars) => _vars = vars;
    public override IXsltContextVariable ResolveVariable(string prefix, string name) => new Var(_vars[name]);
    public override IXsltContextFunction ResolveFunction(string prefix, string name, XPathResultType[] argTypes) => throw new NotSupportedException();
    public override bool Whitespace => true;
    public override bool PreserveWhitespace(XPathNavigator node) => false;
    public override int CompareDocument(string baseUri, string nextbaseUri) => 0;
}

public IActionResult Find(string user)
{
    var expr = XPathExpression.Compile("//user[@name=$name]");
    expr.SetContext(new VarContext(new() { ["name"] = user }));
    var nav = _doc.CreateNavigator();
    return Ok(nav.SelectSingleNode(expr)?.GetAttribute("email", ""));
}
''',
    'regex user pattern with timeout from admin config only': r'''
public class RoutingRules
{
    private readonly Regex[] _rules;
    public RoutingRules(IOptions<RoutingOptions> options) =>
        _rules = options.Value.Patterns.Select(p => new Regex(p, RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))).ToArray();

    public bool Matches(string path) => _rules.Any(r => r.IsMatch(path));
}
''',
    'open redirect with uri host allow-list': r'''
private static readonly HashSet<string> TrustedHosts = new(StringComparer.OrdinalIgnoreCase) { "app.example.com", "docs.example.com" };

public IActionResult Out(string url)
{
    if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && TrustedHosts.Contains(uri.Host))
        return Redirect(uri.ToString());
    return RedirectToAction("Index");
}
''',
    'command with escaped single argument via ArgumentList in helper': r'''
public static class Shell
{
    public static async Task<string> RunAsync(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        return await p.StandardOutput.ReadToEndAsync();
    }
}

[HttpGet("whois")]
public async Task<IActionResult> Whois(string domain)
{
    if (Uri.CheckHostName(domain) != UriHostNameType.Dns) return BadRequest();
    return Content(await Shell.RunAsync("whois", domain), "text/plain");
}
''',
    'sql with sqlkata query builder': r'''
public async Task<IActionResult> Search(string name, string city)
{
    var query = _factory.Query("Customers").Where("Name", "like", $"%{name}%").Where("City", city).Limit(50);
    return Ok(await query.GetAsync<Customer>());
}
''',
    'sql interpolated handler dapper': r'''
public async Task<IActionResult> Lookup(string email)
{
    await using var conn = new SqlConnection(_cs);
    var builder = new SqlBuilder();
    var template = builder.AddTemplate("SELECT * FROM Users /**where**/");
    builder.Where("Email = @email", new { email });
    return Ok(await conn.QueryAsync<User>(template.RawSql, template.Parameters));
}
''',
}

UNSAFE = {
    'sql dapper concatenated in repository helper': ('cs.flow.sql-injection', r'''
public sealed class OrderRepository
{
    private readonly string _connectionString;
    public OrderRepository(IConfiguration config) => _connectionString = config.GetConnectionString("Orders");

    public async Task<IEnumerable<Order>> FindByCustomerAsync(string customer)
    {
        var sql = "SELECT Id, Total FROM Orders WHERE Customer = '" + customer + "'";
        await using var conn = new SqlConnection(_connectionString);
        return await conn.QueryAsync<Order>(sql);
    }
}
'''),
    'sql ef core raw interpolation into FromSqlRaw': ('cs.flow.sql-injection', r'''
public class ProductsController : Controller
{
    private readonly ShopContext _db;
    public ProductsController(ShopContext db) { _db = db; }

    public async Task<IActionResult> Index(string sort)
    {
        var all = await _db.Products.FromSqlRaw("SELECT * FROM Products ORDER BY " + sort).ToListAsync();
        return View(all);
    }
}
'''),
    'path helper without containment': ('cs.flow.path-traversal', r'''
public class FileStore
{
    private readonly string _root;
    public FileStore(IOptions<StorageOptions> options) => _root = options.Value.Root;

    public string Resolve(string relative) => Path.Combine(_root, relative);
}

app.MapGet("/files/{*name}", (string name, FileStore store) =>
{
    var path = store.Resolve(name);
    return Results.Text(File.ReadAllText(path));
});
'''),
    'log helper that trims only': ('cs.flow.log-injection', r'''
public static class LogSafe
{
    public static string Clean(string? s) => (s ?? "").Trim();
}

app.MapGet("/track", (string campaign, ILogger<Program> log) =>
{
    log.LogInformation("campaign hit: " + LogSafe.Clean(campaign));
    return Results.NoContent();
});
'''),
    'ldap filter built from raw value': ('cs.flow.ldap-injection', r'''
[HttpGet("directory")]
public IActionResult Find(string user)
{
    using var entry = new DirectoryEntry(_ldapPath);
    using var searcher = new DirectorySearcher(entry) { Filter = $"(&(objectClass=user)(sAMAccountName={user}))" };
    var result = searcher.FindOne();
    return result == null ? NotFound() : Ok(result.Path);
}
'''),
    'ldap static helper that only trims': ('cs.flow.ldap-injection', r'''
public static class Names
{
    public static string Tidy(string value) => value.Trim();
}

[HttpGet("directory")]
public IActionResult Find([FromQuery] string user)
{
    var searcher = new DirectorySearcher(new DirectoryEntry(_ldapPath));
    searcher.Filter = "(sAMAccountName=" + Names.Tidy(user) + ")";
    return Ok(searcher.FindOne()?.Path);
}
'''),
    'random token in top-level method': ('cs.crypto.weak-random', r'''
public static string NewResetToken()
{
    var bytes = new byte[16];
    Random.Shared.NextBytes(bytes);
    return Convert.ToHexString(bytes);
}

public static int RetryJitterMs(int attempt) => RandomNumberGenerator.GetInt32(0, 100) + attempt * 200;
'''),
    'empty password local never filled': ('cs.secrets.empty-password', r'''
var dbPassword = "";
var conn = new NpgsqlConnection($"Host=db;Username=app;Password={dbPassword}");
conn.Open();
'''),
    'redirect to raw return url': ('cs.flow.open-redirect', r'''
public class AccountController : Controller
{
    [HttpPost]
    public async Task<IActionResult> Login(LoginViewModel model, string? returnUrl = null)
    {
        var result = await _signInManager.PasswordSignInAsync(model.Email, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded) return View(model);
        return Redirect(returnUrl ?? "/");
    }
}
'''),
    'xss html built from raw value': ('cs.flow.xss', r'''
app.MapGet("/hello", (string name) =>
{
    var html = $"<h1>Hello {name}</h1>";
    return Results.Content(html, "text/html");
});
'''),
    'ssrf host not checked': ('cs.flow.ssrf', r'''
public class PreviewService
{
    private readonly HttpClient _http;
    public PreviewService(HttpClient http) => _http = http;
    public Task<byte[]> FetchAsync(string url) => _http.GetByteArrayAsync(url);
}

[HttpGet("preview")]
public async Task<IActionResult> Preview([FromQuery] string url, [FromServices] HttpClient http)
{
    return File(await http.GetByteArrayAsync(url), "image/png");
}
'''),
    'command through shell': ('cs.flow.command-injection', r'''
[HttpPost("convert")]
public IActionResult Convert([FromForm] string fileName)
{
    var psi = new ProcessStartInfo("/bin/sh", "-c \"ffmpeg -i " + fileName + " out.mp4\"") { UseShellExecute = false };
    Process.Start(psi);
    return Ok();
}
'''),
    'zip entry written unchecked': ('cs.flow.zip-slip', r'''
public static void ExtractTo(string zipPath, string destination)
{
    using var archive = ZipFile.OpenRead(zipPath);
    foreach (var entry in archive.Entries)
    {
        var target = Path.Combine(destination, entry.FullName);
        entry.ExtractToFile(target, overwrite: true);
    }
}
'''),
    'timing string equality on api key': ('cs.crypto.timing-unsafe-compare', r'''
public class ApiKeyMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _apiKey;
    public ApiKeyMiddleware(RequestDelegate next, IConfiguration config) { _next = next; _apiKey = config["ApiKey"]; }

    public async Task InvokeAsync(HttpContext context)
    {
        var provided = context.Request.Headers["X-Api-Key"].ToString();
        if (provided != _apiKey) { context.Response.StatusCode = 401; return; }
        await _next(context);
    }
}
'''),
    'stack trace returned': ('cs.web.stack-trace-exposure', r'''
[HttpGet("{id:int}")]
public async Task<IActionResult> Get(int id)
{
    try { return Ok(await _service.LoadAsync(id)); }
    catch (Exception ex) { return StatusCode(500, ex.ToString()); }
}
'''),
    'mass assignment entity bound': ('cs.flow.mass-assignment', r'''
public class User { public int Id { get; set; } public string Email { get; set; } = ""; public bool IsAdmin { get; set; } }

[HttpPut("profile")]
public async Task<IActionResult> UpdateProfile([FromBody] User user)
{
    _db.Users.Update(user);
    await _db.SaveChangesAsync();
    return NoContent();
}
'''),
    'redirect relative uri only': ('cs.flow.open-redirect', r'''
app.MapGet("/continue", (string next) =>
{
    if (!Uri.TryCreate(next, UriKind.Relative, out _)) return Results.Redirect("/");
    return Results.Redirect(next);
});
'''),
    'path relative path computed, not tested': ('cs.flow.path-traversal', r'''
public IActionResult Read(string doc)
{
    var root = Path.GetFullPath(Path.Combine(_env.ContentRootPath, "docs"));
    var full = Path.GetFullPath(Path.Combine(root, doc));
    var rel = Path.GetRelativePath(root, full);
    _logger.LogDebug("reading {Rel}", rel.Length);
    return Content(System.IO.File.ReadAllText(full), "text/plain");
}
'''),
    'random a/b pick that also makes a coupon code': ('cs.crypto.weak-random', r'''
public static string PickVariantCoupon(IReadOnlyList<string> variants)
{
    var index = Random.Shared.Next(variants.Count);
    return variants[index] + "-" + Random.Shared.Next(100000, 999999);
}
'''),
    'header from unescaped value with library-like name': ('cs.flow.header-injection', r'''
[HttpGet("download/{name}")]
public IActionResult Download(string name)
{
    Response.Headers["Content-Disposition"] = "attachment; filename=" + name;
    return File(_store.Open(Path.GetFileName(name)), "application/octet-stream");
}
'''),
    'sql in clause quoting the elements': ('cs.flow.sql-injection', r'''
public async Task<int> ByCodesAsync(IReadOnlyList<string> codes)
{
    var list = codes.Select(c => "'" + c + "'").ToList();
    var sql = $"SELECT * FROM Products WHERE Code IN ({string.Join(", ", list)})";
    await using var cmd = new SqlCommand(sql, _conn);
    return await cmd.ExecuteNonQueryAsync();
}
'''),
    'sql in clause from element and index': ('cs.flow.sql-injection', r'''
public async Task<int> ByCodesAsync(IReadOnlyList<string> codes)
{
    var list = codes.Select((c, i) => c + i).ToArray();
    var sql = "SELECT * FROM Products WHERE Code IN (" + string.Join(", ", list) + ")";
    await using var cmd = new SqlCommand(sql, _conn);
    return await cmd.ExecuteNonQueryAsync();
}
'''),
    'random field named for tokens': ('cs.crypto.weak-random', r'''
public class InviteService
{
    private static readonly Random Rng = new();
    public string NewInviteCode() => Rng.Next(100000, 999999).ToString();
}
'''),
    'query string added to a caller-chosen endpoint': ('cs.flow.ssrf', r'''
public async Task<IActionResult> Geocode(string endpoint, string address)
{
    var url = QueryHelpers.AddQueryString(endpoint, "q", address);
    return Content(await _http.GetStringAsync(url), "application/json");
}
'''),
    'extension method that only trims before logging': ('cs.flow.log-injection', r'''
public static class StringExtensions
{
    public static string ForLog(this string? value) => (value ?? "").Trim();
}

[HttpGet("track")]
public IActionResult Track(string campaign)
{
    _logger.LogInformation("campaign: " + campaign.ForLog());
    return NoContent();
}
'''),
    'extension method that only combines paths': ('cs.flow.path-traversal', r'''
public static class PathExtensions
{
    public static string ResolveUnder(this string root, string relative) => Path.Combine(root, relative);
}

app.MapGet("/files/{name}", (string name) => Results.File(_root.ResolveUnder(name)));
'''),
    "path checked for '..' only": ('cs.flow.path-traversal', r'''
public IActionResult Page(string slug)
{
    if (slug.Contains("..")) return BadRequest();
    return Content(System.IO.File.ReadAllText(Path.Combine(_pagesDir, slug)), "text/markdown");
}
'''),
    'path checked for invalid path (not file name) chars': ('cs.flow.path-traversal', r'''
public IActionResult Page(string slug)
{
    if (slug.IndexOfAny(Path.GetInvalidPathChars()) >= 0) return BadRequest();
    return Content(System.IO.File.ReadAllText(Path.Combine(_pagesDir, slug)), "text/markdown");
}
'''),
    'path checked for rooted only': ('cs.flow.path-traversal', r'''
public IActionResult Page(string slug)
{
    if (Path.IsPathRooted(slug)) return BadRequest();
    return Content(System.IO.File.ReadAllText(Path.Combine(_pagesDir, slug)), "text/markdown");
}
'''),
    "path rejected only when both '..' and rooted": ('cs.flow.path-traversal', r'''
public IActionResult Page(string slug)
{
    if (slug.Contains("..") && Path.IsPathRooted(slug)) return BadRequest();
    return Content(System.IO.File.ReadAllText(Path.Combine(_pagesDir, slug)), "text/markdown");
}
'''),
    'dto property with an unanchored pattern': ('cs.flow.ldap-injection', r'''
public class DirectoryQuery
{
    [RegularExpression("[a-zA-Z0-9]+")]
    public string Account { get; set; } = "";
}

[ApiController]
public class DirectoryController : ControllerBase
{
    [HttpGet]
    public IActionResult Find([FromQuery] DirectoryQuery query)
    {
        using var searcher = new DirectorySearcher(new DirectoryEntry("LDAP://dc=example,dc=com"));
        searcher.Filter = $"(sAMAccountName={query.Account})";
        return Ok(searcher.FindOne()?.Path);
    }
}
'''),
    'dto property without a pattern beside one with': ('cs.flow.ldap-injection', r'''
public class DirectoryQuery
{
    [RegularExpression("^[a-zA-Z0-9]+$")]
    public string Account { get; set; } = "";
    public string Department { get; set; } = "";
}

[ApiController]
public class DirectoryController : ControllerBase
{
    [HttpGet]
    public IActionResult Find([FromQuery] DirectoryQuery query)
    {
        using var searcher = new DirectorySearcher(new DirectoryEntry("LDAP://dc=example,dc=com"));
        searcher.Filter = $"(&(sAMAccountName={query.Account})(department={query.Department}))";
        return Ok(searcher.FindOne()?.Path);
    }
}
'''),
    'raw token compared inside a query lambda': ('cs.crypto.timing-unsafe-compare', r'''
public ApiClient? FindByToken(string token)
{
    var clients = _cache.GetClients();
    return clients.FirstOrDefault(c => c.Token == token);
}
'''),
    'session cookie readable by scripts': ('cs.web.insecure-cookie', r'''
app.MapPost("/login", (HttpContext context, string sid) =>
{
    context.Response.Cookies.Append("session", sid, new CookieOptions { HttpOnly = false, Secure = true });
    return Results.Ok();
});
'''),
    'relative path interpolated with a file name': ('cs.flow.path-traversal', r'''
app.MapGet("/f/{name}", (string name) => Results.Text(File.ReadAllText($"uploads/{name}")));
'''),
    'redirect to an interpolated host': ('cs.flow.open-redirect', r'''
app.MapGet("/go", (string host) => Results.Redirect($"{host}/home"));
'''),
    'request to an interpolated host': ('cs.flow.ssrf', r'''
app.MapGet("/p", async (string host, HttpClient http) => await http.GetStringAsync($"{host}/status"));
'''),
}

_ENGINE: list = []


def rules_flagged(code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "csharp", code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {f.rule_id for f in out.findings}


@pytest.mark.parametrize("code", list(SAFE.values()), ids=list(SAFE))
def test_safe_lookalike_is_not_flagged(code):
    assert rules_flagged(code) == set()


@pytest.mark.parametrize(("rule", "code"), list(UNSAFE.values()), ids=list(UNSAFE))
def test_unsafe_twin_is_flagged(rule, code):
    assert rule in rules_flagged(code)
