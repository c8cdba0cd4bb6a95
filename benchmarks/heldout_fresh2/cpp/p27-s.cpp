// Drogon controller: POST /login checks the credentials and starts a session cookie.
#include <drogon/HttpController.h>

using namespace drogon;

extern bool verify_user(const std::string& user, const std::string& pw);
extern std::string create_session_id(const std::string& user);

class AuthController : public HttpController<AuthController> {
public:
    METHOD_LIST_BEGIN
    ADD_METHOD_TO(AuthController::login, "/login", Post);
    METHOD_LIST_END

    void login(const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& cb) {
        const std::string user = req->getParameter("user");
        const std::string pw = req->getParameter("password");
        auto resp = HttpResponse::newHttpResponse();
        if (!verify_user(user, pw)) {
            resp->setStatusCode(k401Unauthorized);
            cb(resp);
            return;
        }
        Cookie session("session_id", create_session_id(user));
        session.setPath("/");
        session.setSecure(true);
        session.setHttpOnly(true);
        session.setSameSite(Cookie::SameSite::kLax);
        resp->addCookie(session);
        resp->setStatusCode(k303SeeOther);
        resp->addHeader("Location", "/account");
        cb(resp);
    }
};
