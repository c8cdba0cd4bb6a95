require "bcrypt"
require "yaml"

class UserStore
  def initialize(path)
    @path = path
    @users = File.exist?(path) ? YAML.safe_load_file(path) : {}
  end

  def add(username, password)
    @users[username] = BCrypt::Password.create(password).to_s
    File.write(@path, @users.to_yaml)
  end

  def valid?(username, password)
    stored = @users[username]
    stored ? BCrypt::Password.new(stored) == password : false
  end
end
