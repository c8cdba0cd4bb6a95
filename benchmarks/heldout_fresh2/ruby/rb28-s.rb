require "zip"
require "fileutils"

class PluginInstaller
  PLUGIN_ROOT = "/opt/wiki/plugins"

  def initialize(upload_path, plugin_name)
    @upload_path = upload_path
    @target = File.expand_path(File.join(PLUGIN_ROOT, File.basename(plugin_name)))
  end

  def install!
    FileUtils.mkdir_p(@target)
    Zip::File.open(@upload_path) do |zip|
      zip.each do |entry|
        next if entry.directory?
        dest = File.expand_path(entry.name, @target)
        raise ArgumentError, "unsafe path in archive: #{entry.name}" unless dest.start_with?(@target + "/")
        FileUtils.mkdir_p(File.dirname(dest))
        File.binwrite(dest, entry.get_input_stream.read)
      end
    end
    @target
  end
end

# PluginsController#create: PluginInstaller.new(params[:archive].tempfile.path, params[:name]).install!
