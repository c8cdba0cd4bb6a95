require "zip"
require "fileutils"

class PluginInstaller
  PLUGIN_ROOT = "/opt/wiki/plugins"

  def initialize(upload_path, plugin_name)
    @upload_path = upload_path
    @target = File.join(PLUGIN_ROOT, File.basename(plugin_name))
  end

  def install!
    FileUtils.mkdir_p(@target)
    Zip::File.open(@upload_path) do |zip|
      zip.each do |entry|
        next if entry.directory?
        dest = File.join(@target, entry.name)
        FileUtils.mkdir_p(File.dirname(dest))
        File.binwrite(dest, entry.get_input_stream.read)
      end
    end
    @target
  end
end

# PluginsController#create: PluginInstaller.new(params[:archive].tempfile.path, params[:name]).install!
