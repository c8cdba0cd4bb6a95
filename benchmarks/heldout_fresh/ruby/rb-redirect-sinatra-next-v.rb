require "sinatra"

enable :sessions

post "/login" do
  user = User.authenticate(params[:email], params[:password])
  halt 401, "invalid credentials" unless user
  session[:user_id] = user.id
  redirect(params[:next] || "/")
end
