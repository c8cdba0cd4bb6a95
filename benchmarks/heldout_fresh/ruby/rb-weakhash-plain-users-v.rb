require "digest"
require "yaml"

class UserStore
  def initialize(path)
    @path = path
    @users = File.exist?(path) ? YAML.safe_load_file(path) : {}
  end

  def add(username, password)
    @users[username] = Digest::SHA256.hexdigest(password)
    File.write(@path, @users.to_yaml)
  end

  def valid?(username, password)
    @users[username] == Digest::SHA256.hexdigest(password)
  end
end
