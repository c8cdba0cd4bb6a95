#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct app_config {
    char data_dir[128];
    char log_path[160];
    int verbose;
};

void config_init(struct app_config *cfg)
{
    const char *home = getenv("APP_HOME");
    if (home == NULL)
        home = "/var/lib/app";
    strcpy(cfg->data_dir, home);
    snprintf(cfg->log_path, sizeof cfg->log_path, "%s/app.log", cfg->data_dir);
    cfg->verbose = getenv("APP_VERBOSE") != NULL;
}

int main(void)
{
    struct app_config cfg;
    config_init(&cfg);
    printf("data=%s log=%s\n", cfg.data_dir, cfg.log_path);
    return 0;
}
