require "sinatra"
require "uri"

enable :sessions

def local_path(candidate)
  uri = URI.parse(candidate.to_s)
  return "/" if uri.scheme || uri.host || !uri.path.start_with?("/") || candidate.start_with?("//", "/\\")
  candidate
rescue URI::InvalidURIError
  "/"
end

post "/login" do
  user = User.authenticate(params[:email], params[:password])
  halt 401, "invalid credentials" unless user
  session[:user_id] = user.id
  redirect(local_path(params[:next]))
end
